package dev.paydesk.application.dispute;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Documents in memory, for tests and embedding (the default of {@code PaydeskOptions}); like the disk
 * store, outside the unit of work. Not durable.
 */
public final class InMemoryDocumentStore implements DocumentStore {
    private static final Pattern HEX_64 = Pattern.compile("[0-9a-fA-F]{64}");

    private final Map<String, byte[]> documents = new ConcurrentHashMap<>();

    @Override
    public String put(byte[] content) {
        String address = addressOf(content);
        documents.putIfAbsent(address, content.clone());
        return address;
    }

    @Override
    public Optional<byte[]> get(String address) {
        return Optional.ofNullable(documents.get(canonical(address))).map(byte[]::clone);
    }

    @Override
    public boolean exists(String address) {
        return documents.containsKey(canonical(address));
    }

    private static String addressOf(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java platform has SHA-256", impossible);
        }
    }

    private static String canonical(String address) {
        if (address == null || !HEX_64.matcher(address).matches()) {
            throw new IllegalArgumentException("a document address is 64 hex digits (a SHA-256), not: " + address);
        }
        return address.toLowerCase(Locale.ROOT);
    }
}
