package io.swarmsim.engine.views;

import java.util.List;

/**
 * The parts of an image's config the CLI views print: ENTRYPOINT, CMD and EXPOSE. Known images
 * are the seed's; any other image is taken to have no entrypoint, no default command and no
 * exposed port.
 *
 * <p>{@code instavote/vote}: its Dockerfile ends {@code EXPOSE 80} and {@code CMD ["gunicorn",
 * "app:app", "-b", "0.0.0.0:80", "--log-file", "-", "--access-logfile", "-", "--workers", "4",
 * "--keep-alive", "0"]}. {@code smakam/myubuntu:v4} is an Ubuntu with tools added; its command
 * always comes from the service.
 */
record ImageConfig(List<String> entrypoint, List<String> cmd, List<String> exposedPorts) {
    private static final ImageConfig NONE = new ImageConfig(List.of(), List.of(), List.of());
    private static final ImageConfig VOTE = new ImageConfig(List.of(),
            List.of("gunicorn", "app:app", "-b", "0.0.0.0:80", "--log-file", "-", "--access-logfile", "-",
                    "--workers", "4", "--keep-alive", "0"),
            List.of("80/tcp"));
    private static final ImageConfig UBUNTU = new ImageConfig(List.of(), List.of("/bin/bash"), List.of());

    static ImageConfig of(String image) {
        String repo = ImageRef.repository(image);
        return switch (repo) {
            case "instavote/vote" -> VOTE;
            case "smakam/myubuntu", "ubuntu", "library/ubuntu" -> UBUNTU;
            default -> NONE;
        };
    }

    /** The container's argv: entrypoint, then the service's command if it has one, else the image's CMD. */
    List<String> argv(List<String> serviceCommand) {
        List<String> args = new java.util.ArrayList<>(entrypoint);
        args.addAll(serviceCommand.isEmpty() ? cmd : serviceCommand);
        return List.copyOf(args);
    }
}
