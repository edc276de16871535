package io.github.leakhound.maven;

import io.github.leakhound.core.Engine;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * The engines a build asked for, parsed from the comma-separated {@code engines} parameter.
 *
 * @param engines at least one engine
 */
public record EngineSelection(Set<Engine> engines) {

    static final String PARAMETER = "engines";
    static final String USER_PROPERTY = "leakhound.engines";

    public EngineSelection {
        if (engines.isEmpty()) {
            throw new IllegalArgumentException("at least one engine must be selected");
        }
        engines = Collections.unmodifiableSet(EnumSet.copyOf(engines));
    }

    /**
     * Parses {@code source,bytecode} (any case, blanks ignored). A typo must not silently disable an engine,
     * so an unknown name fails the build and names the parameter to fix.
     */
    public static EngineSelection parse(String text) throws MojoExecutionException {
        EnumSet<Engine> engines = EnumSet.noneOf(Engine.class);
        String value = text == null ? "" : text;
        for (String name : value.split(",")) {
            String trimmed = name.trim();
            if (!trimmed.isEmpty()) {
                engines.add(engineNamed(trimmed));
            }
        }
        if (engines.isEmpty()) {
            throw new MojoExecutionException("The parameter '" + PARAMETER + "' (" + USER_PROPERTY
                    + ") names no engine; use " + knownNames() + ", comma-separated.");
        }
        return new EngineSelection(engines);
    }

    /** True when this engine should run. */
    public boolean includes(Engine engine) {
        return engines.contains(engine);
    }

    private static Engine engineNamed(String name) throws MojoExecutionException {
        for (Engine engine : Engine.values()) {
            if (engine.name().equalsIgnoreCase(name)) {
                return engine;
            }
        }
        throw new MojoExecutionException("Unknown engine '" + name + "' in parameter '" + PARAMETER + "' ("
                + USER_PROPERTY + "); use " + knownNames() + ", comma-separated.");
    }

    private static String knownNames() {
        return Arrays.stream(Engine.values())
                .map(engine -> engine.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(" or "));
    }
}
