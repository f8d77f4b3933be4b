package io.swarmsim.kernel.netns;

/** Address and route scopes, with the kernel's names. */
public enum Scope {
    GLOBAL("global"), LINK("link"), HOST("host");

    private final String word;

    Scope(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }
}
