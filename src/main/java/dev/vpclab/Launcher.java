package dev.vpclab;

/** Entry point of the jar. */
public final class Launcher {
    private Launcher() {}

    public static void main(String[] args) {}
}
