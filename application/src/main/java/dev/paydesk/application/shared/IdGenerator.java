package dev.paydesk.application.shared;

/** Outbound port: new opaque ids with a type prefix, unique across instances. */
public interface IdGenerator {

    /** A new id such as {@code txn_01JD…}; ids made later sort after ids made earlier (keyset pagination relies on it). */
    String next(String prefix);
}
