package org.auditbench.rules.engine;

import org.auditbench.model.Policy;

/**
 * A loaded policy with the exact text it came from and that text's SHA-256, which every scan stores.
 *
 * @param origin the file path, or {@code built-in default}
 */
public record PolicyDocument(Policy policy, String text, String sha256, String origin) {
}
