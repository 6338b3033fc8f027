package org.auditbench.names;

import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;

/**
 * Whether an IP literal can be reached on the public internet. Backed by the address library's own
 * classification (loopback, private, link-local, unspecified, multicast, documentation ranges).
 */
public final class SpecialAddresses {

    private static final IPAddress[] DOCUMENTATION = {
        new IPAddressString("192.0.2.0/24").getAddress(),
        new IPAddressString("198.51.100.0/24").getAddress(),
        new IPAddressString("203.0.113.0/24").getAddress(),
        new IPAddressString("2001:db8::/32").getAddress(),
        new IPAddressString("3fff::/20").getAddress(),
        new IPAddressString("198.18.0.0/15").getAddress(),
        new IPAddressString("240.0.0.0/4").getAddress(),
        new IPAddressString("100.64.0.0/10").getAddress(),
    };

    private SpecialAddresses() {
    }

    /** False for loopback, private, link-local, unspecified, multicast, documentation and reserved addresses. */
    public static boolean isGloballyReachable(String literal) {
        IPAddress address = new IPAddressString(literal).getAddress();
        if (address == null) {
            return false;
        }
        if (address.isLoopback() || address.isLinkLocal() || address.isLocal() || address.isAnyLocal()
                || address.isMulticast() || address.isZero()) {
            return false;
        }
        for (IPAddress block : DOCUMENTATION) {
            if (block.getIPVersion() == address.getIPVersion() && block.contains(address)) {
                return false;
            }
        }
        return true;
    }
}
