package io.swarmsim.engine.views;

/** Image references as the daemon normalises them: a reference without a tag means {@code :latest}. */
final class ImageRef {
    private ImageRef() {
    }

    /** {@code instavote/vote} → {@code instavote/vote:latest}; a tag or digest is kept. */
    static String tagged(String image) {
        if (image.contains("@")) {
            return image;
        }
        int slash = image.lastIndexOf('/');
        return image.indexOf(':', slash + 1) >= 0 ? image : image + ":latest";
    }

    /** The repository without tag or digest. */
    static String repository(String image) {
        String s = image.contains("@") ? image.substring(0, image.indexOf('@')) : image;
        int slash = s.lastIndexOf('/');
        int colon = s.indexOf(':', slash + 1);
        return colon >= 0 ? s.substring(0, colon) : s;
    }
}
