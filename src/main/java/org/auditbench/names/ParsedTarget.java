package org.auditbench.names;

import org.auditbench.model.TargetKind;

/**
 * A target once read.
 *
 * @param host        the normalised host, address or template; null when there is no target
 * @param port        the port written in the value itself ({@code host:993}, a URL), or null
 * @param scheme      the URL scheme when the value was a URL, else null
 * @param hasUserInfo whether a URL carried {@code user[:password]@} before the host
 * @param problem     why the host is {@link TargetKind#INVALID}, else null
 */
public record ParsedTarget(String host, TargetKind kind, Integer port, String scheme, boolean hasUserInfo,
                           String problem) {

    static ParsedTarget none() {
        return new ParsedTarget(null, TargetKind.NONE, null, null, false, null);
    }
}
