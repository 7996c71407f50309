package dev.paydesk.application;

import java.lang.reflect.Proxy;

/** A stand-in for a port nobody wired: any call fails and says which port and how to wire it. */
final class Unwired {
    private Unwired() {
    }

    static <T> T port(Class<T> type, String howToWire) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            switch (method.getName()) {
                case "toString":
                    return "Unwired[" + type.getSimpleName() + "]";
                case "hashCode":
                    return System.identityHashCode(proxy);
                case "equals":
                    return proxy == args[0];
                default:
                    throw new IllegalStateException("no " + type.getSimpleName() + " is wired: " + howToWire);
            }
        }));
    }
}
