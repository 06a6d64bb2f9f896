package org.newskg.store;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Test helper run in a second JVM: opens the TDB2 store given as argument, prints "ready", and holds it until
 * its standard input closes - another process owning a store, as a running server would.
 */
public final class LockHolder {

    private LockHolder() {
    }

    public static void main(String[] args) throws IOException {
        try (Tdb2Store store = Tdb2Store.open(Path.of(args[0]))) {
            System.out.println("ready " + store.graphCount());
            System.out.flush();
            while (System.in.read() >= 0) {
                // wait for the parent to close our input
            }
        }
    }
}
