package org.auditbench.rules.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.auditbench.model.NameFacts;

/**
 * Splits a host name into the parts a person chose: labels, and the pieces of labels between hyphens, left
 * of the public suffix ({@code test-mail.contoso.co.uk} → test, mail, contoso). The suffix is left out so a
 * real top-level domain such as {@code .dev} is not mistaken for a marker.
 */
final class NameLabels {

    private NameLabels() {
    }

    /** The parts of {@code facts.name()} left of its public suffix (all but the last label when unknown). */
    static List<String> parts(NameFacts facts) {
        String name = facts.name();
        if (name == null || name.isEmpty()) {
            return List.of();
        }
        String chosen = withoutSuffix(name, facts.registrable());
        List<String> parts = new ArrayList<>();
        for (String label : chosen.split("\\.")) {
            for (String piece : label.split("-")) {
                if (!piece.isEmpty()) {
                    parts.add(piece);
                }
            }
        }
        return parts;
    }

    /** The first of {@code words} that is one of the parts of the name, if any; runs per entry, so allocates nothing. */
    static Optional<String> firstPartIn(NameFacts facts, List<String> words) {
        String name = facts.name();
        if (name == null || name.isEmpty()) {
            return Optional.empty();
        }
        int end = chosenLength(name, facts.registrable());
        int start = 0;
        for (int i = 0; i <= end; i++) {
            if (i == end || name.charAt(i) == '.' || name.charAt(i) == '-') {
                int length = i - start;
                for (String word : words) {
                    if (word.length() == length && name.regionMatches(start, word, 0, length)) {
                        return Optional.of(word);
                    }
                }
                start = i + 1;
            }
        }
        return Optional.empty();
    }

    /** How much of {@code name} lies left of its public suffix (all but the last label when unknown). */
    private static int chosenLength(String name, String registrable) {
        if (registrable != null) {
            int dot = registrable.indexOf('.');
            return dot < 0 ? name.length() : name.length() - (registrable.length() - dot);
        }
        int last = name.lastIndexOf('.');
        return last < 0 ? name.length() : last;
    }

    private static String withoutSuffix(String name, String registrable) {
        if (registrable != null) {
            int dot = registrable.indexOf('.');
            String suffix = dot < 0 ? "" : registrable.substring(dot + 1);
            return suffix.isEmpty() ? name : name.substring(0, name.length() - suffix.length() - 1);
        }
        int last = name.lastIndexOf('.');
        return last < 0 ? name : name.substring(0, last);
    }
}
