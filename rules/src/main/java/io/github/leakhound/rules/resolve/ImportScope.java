package io.github.leakhound.rules.resolve;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import io.github.leakhound.core.TypeNames;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Resolves type names as one file writes them ({@code Executors}, {@code HttpClient.Builder},
 * {@code java.util.concurrent.Executors}) to binary names, through the file's own types, its imports and the
 * vocabulary of known library classes. There is no classpath: the rules below are documented guesses.
 */
public final class ImportScope {

    private static final String JAVA_LANG = "java.lang";

    private final String packageName;
    private final Map<String, String> declaredTypes;
    private final Map<String, String> singleTypeImports = new HashMap<>();
    private final List<String> onDemandImports = new ArrayList<>();
    private final Map<String, String> staticMemberImports = new HashMap<>();
    private final List<String> staticOnDemandClasses = new ArrayList<>();
    private final KnownClasses knownClasses;

    /**
     * @param declaredTypes simple name to binary name of every type declared in this file (nested ones too)
     */
    public ImportScope(CompilationUnit unit, Map<String, String> declaredTypes, KnownClasses knownClasses) {
        this.packageName = unit.getPackageDeclaration().map(p -> p.getNameAsString()).orElse("");
        this.declaredTypes = Map.copyOf(declaredTypes);
        this.knownClasses = knownClasses;
        for (ImportDeclaration declaration : unit.getImports()) {
            String name = declaration.getNameAsString();
            if (declaration.isStatic() && declaration.isAsterisk()) {
                staticOnDemandClasses.add(qualifiedToBinary(name));
            } else if (declaration.isStatic()) {
                int cut = name.lastIndexOf('.');
                if (cut > 0) {
                    staticMemberImports.put(name.substring(cut + 1), qualifiedToBinary(name.substring(0, cut)));
                }
            } else if (declaration.isAsterisk()) {
                onDemandImports.add(name);
            } else {
                singleTypeImports.put(TypeNames.simpleName(name), qualifiedToBinary(name));
            }
        }
    }

    /** The package this file declares, or an empty string. */
    public String packageName() {
        return packageName;
    }

    /**
     * The binary name of a type as written here. A simple name that is neither declared in this file, nor
     * imported, nor a known library class reachable through an on-demand import or {@code java.lang} is
     * guessed to live in this file's package (where javac would look next).
     */
    public String resolve(String written) {
        int dot = written.indexOf('.');
        String first = dot < 0 ? written : written.substring(0, dot);
        Optional<String> outer = resolveSimpleName(first);
        if (dot < 0) {
            return outer.orElseGet(() -> packageName.isEmpty() ? written : packageName + "." + written);
        }
        return outer.map(binary -> binary + "$" + written.substring(dot + 1).replace('.', '$'))
                .orElseGet(() -> qualifiedToBinary(written));
    }

    /**
     * True when a simple name used as an expression denotes a type for sure: declared here, imported by name,
     * or a known library class visible through an on-demand import or {@code java.lang}.
     */
    public boolean isKnownTypeName(String simpleName) {
        return resolveSimpleName(simpleName).isPresent();
    }

    /** The class a bare call {@code method(...)} is statically imported from, if it is. */
    public Optional<String> staticImportOf(String method) {
        String single = staticMemberImports.get(method);
        if (single != null) {
            return Optional.of(single);
        }
        // With only on-demand static imports the declaring class is unknown; a known class that has a
        // factory or borrower of that name is the guess.
        return staticOnDemandClasses.stream()
                .filter(owner -> knownClasses.declaresMember(owner, method))
                .findFirst();
    }

    private Optional<String> resolveSimpleName(String simpleName) {
        String declared = declaredTypes.get(simpleName);
        if (declared != null) {
            return Optional.of(declared);
        }
        String imported = singleTypeImports.get(simpleName);
        if (imported != null) {
            return Optional.of(imported);
        }
        for (String candidate : knownClasses.withSimpleName(simpleName)) {
            String container = TypeNames.toSourceName(containerOf(candidate));
            if (container.equals(JAVA_LANG) || onDemandImports.contains(container)) {
                // Guess: a class of our package with the same simple name would shadow this; we cannot see it.
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static String containerOf(String binaryName) {
        int cut = Math.max(binaryName.lastIndexOf('.'), binaryName.lastIndexOf('$'));
        return cut < 0 ? "" : binaryName.substring(0, cut);
    }

    /**
     * {@code java.net.http.HttpClient.Builder} to {@code java.net.http.HttpClient$Builder}. Guess: packages are
     * lower case and types start upper case, so every segment after the first capitalised one is nested.
     */
    static String qualifiedToBinary(String qualified) {
        String[] segments = qualified.split("\\.");
        StringBuilder binary = new StringBuilder();
        boolean inType = false;
        for (String segment : segments) {
            if (binary.length() > 0) {
                binary.append(inType ? '$' : '.');
            }
            binary.append(segment);
            if (!segment.isEmpty() && Character.isUpperCase(segment.charAt(0))) {
                inType = true;
            }
        }
        return binary.toString();
    }
}
