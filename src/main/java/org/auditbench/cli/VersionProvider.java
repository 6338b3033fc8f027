package org.auditbench.cli;

import org.auditbench.names.ReferenceData;
import picocli.CommandLine;

/** {@code --version}: the build and the reference data it carries. */
final class VersionProvider implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = AuditbenchCli.class.getPackage().getImplementationVersion();
        return new String[] {"Auditbench " + (version == null ? "(development build)" : version),
            "Reference data: " + ReferenceData.summary()};
    }
}
