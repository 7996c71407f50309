package dev.paydesk.application.dispute;

import java.util.Optional;

/**
 * Outbound port: a content-addressed store for evidence documents. A document's address is the
 * SHA-256 of its bytes in lower-case hex (64 characters), the same as
 * {@code EvidenceDocument.sha256()}, so storing the same bytes twice is one document.
 *
 * <p>Not part of the unit of work: store the documents before the transaction that records the
 * evidence. If that transaction rolls back, the stored bytes are merely unreferenced; nothing is ever
 * deleted or overwritten with other content.
 *
 * <p>Every method refuses, with {@link IllegalArgumentException}, an address that is not 64 hex
 * digits (upper-case digits are read as lower-case), so an address can never name another path.
 */
public interface DocumentStore {

    /** Stores the bytes, once, durably; returns their address. Idempotent for the same bytes. */
    String put(byte[] content);

    /** The bytes stored at this address, or empty when nothing is. */
    Optional<byte[]> get(String address);

    boolean exists(String address);
}
