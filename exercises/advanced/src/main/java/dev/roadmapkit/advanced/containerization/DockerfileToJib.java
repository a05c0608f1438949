package dev.roadmapkit.advanced.containerization;

import com.google.cloud.tools.jib.api.InvalidImageReferenceException;
import com.google.cloud.tools.jib.api.JibContainerBuilder;
import dev.roadmapkit.support.docker.Dockerfile;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Exercise {@code advanced/containerization}, part 2 (part 1 is the Dockerfile itself, {@code
 * src/main/resources/docker/Dockerfile}, and its {@code Dockerfile.dockerignore}): the final stage
 * of a Dockerfile as a Jib build, so that the image is really built, daemonless, to a tarball.
 *
 * <p>The contract of {@link #containerOf}:
 *
 * <ul>
 *   <li><b>No stage.</b> A Dockerfile without {@code FROM} is an {@link IllegalArgumentException}.
 *   <li><b>Base.</b> {@code Jib.from("scratch")} in {@code ImageFormat.OCI}: there is no registry
 *       to pull the stage's base image from. The image the final stage's {@code FROM} names is
 *       recorded as the label {@link #BASE_IMAGE_LABEL}.
 *   <li><b>Only the final stage</b> ({@code dockerfile.finalStage()}) counts: what earlier stages
 *       set (a {@code USER root}, an {@code ENV}) never reaches the image.
 *   <li><b>Config.</b> The last {@code USER} ({@code setUser}, as written: {@code 10001}, {@code
 *       app:app}); the last {@code WORKDIR} (an absolute path); every {@code LABEL} and {@code ENV}
 *       pair ({@code Instruction.keyValues()}), later ones winning; every port of every {@code
 *       EXPOSE} ({@code 8080} and {@code 8080/tcp} are TCP, {@code 53/udp} is UDP); the last {@code
 *       ENTRYPOINT} as the entry point and the last {@code CMD} as the program arguments, both in
 *       exec form: a shell-form one is refused with an {@link IllegalArgumentException} whose
 *       message names its line (the {@code Instruction}'s {@code toString()} does).
 *   <li><b>Files.</b> Each {@code COPY --from=<stage>} (or {@code ADD}) puts the content of {@code
 *       classes}, what the build stage produced, in one layer at its destination (the last
 *       argument): {@code COPY --from=build /out /app/classes} gives {@code
 *       /app/classes/dev/roadmapkit/...class}, the directory's content, not the directory. A {@code
 *       COPY} without {@code --from} copies from the build context, which the runtime stage must
 *       not do: an {@link IllegalArgumentException} naming its line. {@code RUN}, {@code
 *       HEALTHCHECK} (OCI's config has none), {@code ARG} and the rest change nothing here.
 * </ul>
 */
public final class DockerfileToJib {

  /** The label that records the base image the Dockerfile's final stage names. */
  public static final String BASE_IMAGE_LABEL = "org.opencontainers.image.base.name";

  private DockerfileToJib() {}

  /**
   * A Jib build of {@code dockerfile}'s final stage, with the files of {@code classes} (a directory
   * as {@code javac -d} leaves it) at the destination of its {@code COPY --from}. The caller
   * containerizes it, e.g. to {@code Containerizer.to(TarImage.at(tar).named("health-app:1"))}.
   */
  public static JibContainerBuilder containerOf(Dockerfile dockerfile, Path classes)
      throws IOException, InvalidImageReferenceException {
    throw new UnsupportedOperationException(
        "TODO advanced/containerization: Jib.from(\"scratch\") with the final stage's user, entry"
            + " point, ports, labels, working dir, environment and the COPY --from layer");
  }
}
