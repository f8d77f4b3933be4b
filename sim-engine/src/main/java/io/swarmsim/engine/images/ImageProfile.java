package io.swarmsim.engine.images;

/**
 * What the software inside an image does with names and connections.
 *
 * @param resolver      the C library or runtime resolver (profile name: glibc-current, musl, ...)
 * @param ping          which ping the image ships
 * @param http          which program makes {@code curl} requests
 * @param ipv6LinkLocal whether the container's interfaces carry an fe80:: address (kernel default)
 * @param digBanner     the version dig prints in its banner
 * @param curlVersion   the version of the image's curl (its error messages changed over time)
 */
public record ImageProfile(String image, String os, String resolver, Ping ping, Http http, boolean ipv6LinkLocal,
                           String digBanner, String curlVersion, String description) {
    public enum Ping { LEGACY, MODERN, BUSYBOX }

    public enum Http { CURL, BUSYBOX, JAVA, GO }
}
