package dev.paydesk.adapters.persistence.memory;

import dev.paydesk.adapters.persistence.document.ContentAddress;
import dev.paydesk.application.dispute.DocumentStore;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Documents in memory, for tests and embedding; like the disk store, outside the unit of work. */
public final class InMemoryDocumentStore implements DocumentStore {
    private final Map<String, byte[]> documents = new ConcurrentHashMap<>();

    @Override
    public String put(byte[] content) {
        String address = ContentAddress.of(content);
        documents.putIfAbsent(address, content.clone());
        return address;
    }

    @Override
    public Optional<byte[]> get(String address) {
        return Optional.ofNullable(documents.get(ContentAddress.require(address))).map(byte[]::clone);
    }

    @Override
    public boolean exists(String address) {
        return documents.containsKey(ContentAddress.require(address));
    }
}
