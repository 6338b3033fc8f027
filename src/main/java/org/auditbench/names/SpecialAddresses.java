package org.auditbench.names;

import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import inet.ipaddr.ipv4.IPv4Address;
import inet.ipaddr.ipv4.IPv4AddressAssociativeTrie;
import inet.ipaddr.ipv6.IPv6Address;
import inet.ipaddr.ipv6.IPv6AddressAssociativeTrie;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The IANA IPv4 and IPv6 Special-Purpose Address Registries (shipped as {@code ipv4-special-registry.csv} and
 * {@code ipv6-special-registry.csv}), matched with the address library's prefix tries so the most specific
 * block answers. Multicast space, which those registries leave to their own registries, is reported as
 * a block of its own: it is never a host a mail client can connect to. Immutable and thread-safe.
 */
public final class SpecialAddresses {

    static final String IPV4_RESOURCE = "ipv4-special-registry.csv";
    static final String IPV6_RESOURCE = "ipv6-special-registry.csv";
    private static final SpecialAddressBlock IPV4_MULTICAST = new SpecialAddressBlock("224.0.0.0/4",
            "Multicast", "RFC 5771", SpecialAddressBlock.Reachability.FALSE);
    private static final SpecialAddressBlock IPV6_MULTICAST = new SpecialAddressBlock("ff00::/8",
            "Multicast", "RFC 4291 section 2.7", SpecialAddressBlock.Reachability.FALSE);
    /** Distinct literals remembered; past this, answers are looked up every time (bounded memory). */
    private static final int MAX_REMEMBERED = 50_000;
    private static final SpecialAddresses BUILT_IN = new SpecialAddresses();

    private final IPv4AddressAssociativeTrie<SpecialAddressBlock> ipv4 = new IPv4AddressAssociativeTrie<>();
    private final IPv6AddressAssociativeTrie<SpecialAddressBlock> ipv6 = new IPv6AddressAssociativeTrie<>();
    private final List<SpecialAddressBlock> blocks = new ArrayList<>();
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();

    private SpecialAddresses() {
        load(IPV4_RESOURCE);
        load(IPV6_RESOURCE);
    }

    public static SpecialAddresses builtIn() {
        return BUILT_IN;
    }

    /** Every block of both registries, in file order. */
    public List<SpecialAddressBlock> blocks() {
        return Collections.unmodifiableList(blocks);
    }

    /** The most specific special-purpose block holding {@code literal}; empty for ordinary addresses and non-addresses. */
    public Optional<SpecialAddressBlock> match(String literal) {
        if (literal == null || literal.isEmpty()) {
            return Optional.empty();
        }
        return Optional.ofNullable(answer(literal).block());
    }

    /**
     * False when the address lies in a block the registries mark as not globally reachable (documentation,
     * loopback, private, link-local, benchmarking, reserved, ...) or in multicast space; also false for
     * text that is not an address at all.
     */
    public static boolean isGloballyReachable(String literal) {
        if (literal == null || literal.isEmpty()) {
            return false;
        }
        Answer answer = BUILT_IN.answer(literal);
        return answer.address() && (answer.block() == null || !answer.block().notGloballyReachable());
    }

    /** What the registries say about one literal: whether it is an address, and its block (null: none). */
    private record Answer(boolean address, SpecialAddressBlock block) {
    }

    /**
     * Remembered per literal: a scan asks about the same few addresses once per entry, a million times, and
     * parsing one with the address library costs microseconds and much garbage.
     */
    private Answer answer(String literal) {
        Answer known = answers.get(literal);
        if (known == null) {
            known = lookUp(literal);
            if (answers.size() < MAX_REMEMBERED) {
                answers.put(literal, known);
            }
        }
        return known;
    }

    private Answer lookUp(String literal) {
        IPAddress address = new IPAddressString(literal).getAddress();
        if (address == null) {
            return new Answer(false, null);
        }
        address = address.withoutPrefixLength();
        SpecialAddressBlock hit;
        if (address.isIPv4()) {
            IPv4Address v4 = address.toIPv4();
            var node = ipv4.longestPrefixMatchNode(v4);
            hit = node != null ? node.getValue() : v4.isMulticast() ? IPV4_MULTICAST : null;
        } else {
            IPv6Address v6 = address.toIPv6();
            var node = ipv6.longestPrefixMatchNode(v6);
            hit = node != null ? node.getValue() : v6.isMulticast() ? IPV6_MULTICAST : null;
        }
        return new Answer(true, hit);
    }

    private void load(String resource) {
        try (InputStream in = SpecialAddresses.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("reference data " + resource + " is missing from the build");
            }
            Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
            CSVFormat format = CSVFormat.DEFAULT.builder().setCommentMarker('#').setHeader().setSkipHeaderRecord(true)
                    .setIgnoreSurroundingSpaces(true).get();
            for (CSVRecord row : format.parse(reader)) {
                add(resource, row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void add(String resource, CSVRecord row) {
        String where = resource + " line " + row.getRecordNumber();
        IPAddress prefix = new IPAddressString(row.get("block")).getAddress();
        if (prefix == null || !prefix.isPrefixBlock()) {
            throw new IllegalStateException(where + ": '" + row.get("block") + "' is not a CIDR block");
        }
        SpecialAddressBlock block = new SpecialAddressBlock(row.get("block"), row.get("name"), row.get("reference"),
                SpecialAddressBlock.Reachability.parse(row.get("globally_reachable")));
        blocks.add(block);
        if (prefix.isIPv4()) {
            ipv4.put(prefix.toIPv4(), block);
        } else {
            ipv6.put(prefix.toIPv6(), block);
        }
    }
}
