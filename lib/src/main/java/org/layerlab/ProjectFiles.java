package org.layerlab;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds files that ship with LayerLab (hw-configs/, models/, notebooks/) from wherever code runs:
 * the launcher, a test, or a notebook whose kernel started in notebooks/.
 */
public final class ProjectFiles {
    private ProjectFiles() {}

    /**
     * The repository root: the {@code layerlab.home} system property or {@code LAYERLAB_HOME}
     * environment variable if set, else the nearest directory at or above the working directory
     * that contains {@code hw-configs/}.
     */
    public static Path home() {
        String configured = System.getProperty("layerlab.home", System.getenv("LAYERLAB_HOME"));
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("hw-configs"))) {
                return p;
            }
        }
        throw new IllegalStateException("cannot find the LayerLab folder: no hw-configs/ at or above "
                + Path.of("").toAbsolutePath() + "; set -Dlayerlab.home or LAYERLAB_HOME");
    }

    /** A path under the repository root, e.g. {@code resolve("models/layerlab-llama")}. */
    public static Path resolve(String relative) {
        return home().resolve(relative);
    }
}
