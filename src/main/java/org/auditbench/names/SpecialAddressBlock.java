package org.auditbench.names;

/**
 * One block of the IANA special-purpose address registries, with the registry's flags.
 *
 * @param block             the CIDR block as the registry writes it ({@code 192.0.2.0/24})
 * @param name              the registry's name for it ({@code Documentation (TEST-NET-1)})
 * @param reference         the documents that reserve it ({@code RFC 5737})
 * @param globallyReachable the registry's "Globally Reachable" column
 */
public record SpecialAddressBlock(String block, String name, String reference, Reachability globallyReachable) {

    /** The registry's three answers: true, false, or N/A (deprecated blocks, TEREDO, 6to4). */
    public enum Reachability {
        TRUE, FALSE, NOT_APPLICABLE;

        static Reachability parse(String text) {
            switch (text.strip().toLowerCase(java.util.Locale.ROOT)) {
                case "true":
                    return TRUE;
                case "false":
                    return FALSE;
                case "n/a":
                    return NOT_APPLICABLE;
                default:
                    throw new IllegalArgumentException("'" + text + "' is not true, false or n/a");
            }
        }
    }

    /** True when the registry says hosts in this block cannot be reached from the public internet. */
    public boolean notGloballyReachable() {
        return globallyReachable == Reachability.FALSE;
    }

    /** Private networks (RFC 1918, shared CGN space, unique-local): unreachable from outside, but real hosts. */
    public boolean isPrivateUse() {
        return name.equals("Private-Use") || name.equals("Shared Address Space") || name.equals("Unique-Local");
    }
}
