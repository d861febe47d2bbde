package dev.trash.examples;

import dev.trash.memory.InMemoryTrashRepository;

/** Entry point of {@code trash-examples.jar}: runs the quickstart. */
public final class Main {

    private Main() {
    }

    /** Runs the quickstart. */
    public static void main(String[] args) {
        new Quickstart(new InMemoryTrashRepository(), System.out).run();
    }
}
