package io.github.leakhound.detectors.engine;

import edu.umd.cs.findbugs.Plugin;
import edu.umd.cs.findbugs.PluginException;
import edu.umd.cs.findbugs.plugins.DuplicatePluginIdException;
import java.net.URL;
import java.security.CodeSource;

/** Loads leakhound's own SpotBugs plugin from wherever this class was loaded: a jar, or a directory in tests. */
final class LeakhoundPlugin {

    /** The plugin id of findbugs.xml. */
    static final String ID = "io.github.leakhound";

    private LeakhoundPlugin() {
    }

    /**
     * The plugin, loaded into SpotBugs' JVM-wide plugin registry on first use. Callers hold
     * {@link SpotBugsRun}'s lock: the registry is not thread-safe.
     */
    static Plugin load() throws PluginException {
        Plugin loaded = Plugin.getByPluginId(ID);
        if (loaded == null) {
            loaded = loadFromCodeLocation();
        }
        // SpotBugs marks plugins added at run time as disabled by default; a new DetectorFactoryCollection
        // takes in only enabled ones.
        loaded.setGloballyEnabled(true);
        return loaded;
    }

    private static Plugin loadFromCodeLocation() throws PluginException {
        URL location = codeLocation();
        Plugin loaded;
        try {
            loaded = Plugin.addCustomPlugin(location);
        } catch (DuplicatePluginIdException alreadyLoaded) {
            // Someone loaded the plugin from another copy (say, the jar in a local repository): use that one.
            loaded = Plugin.getByPluginId(ID);
        }
        if (loaded == null) {
            throw new PluginException("SpotBugs did not load the leakhound plugin from " + location);
        }
        return loaded;
    }

    private static URL codeLocation() throws PluginException {
        CodeSource source = LeakhoundPlugin.class.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            throw new PluginException("Cannot tell where the leakhound plugin classes were loaded from");
        }
        return source.getLocation();
    }
}
