package io.github.leakhound.rules.resolve;

import com.github.javaparser.ast.CompilationUnit;
import io.github.leakhound.core.ThreadOwners;

/**
 * Everything needed to read one parsed file with meaning: its source path, class names, imports, name
 * resolution, expression types and owner creations. Lives only while the file's syntax tree does.
 */
public final class FileScope {

    private final String sourcePath;
    private final CompilationUnit unit;
    private final TypeNaming typeNaming;
    private final ImportScope imports;
    private final NameResolver names;
    private final ExpressionTypes types;
    private final OwnerCreations creations;
    private final ThreadOwners owners;

    public FileScope(String sourcePath, CompilationUnit unit, KnownClasses knownClasses) {
        this.sourcePath = sourcePath;
        this.unit = unit;
        this.owners = knownClasses.owners();
        this.typeNaming = new TypeNaming(unit);
        this.imports = new ImportScope(unit, typeNaming.declaredTypes(), knownClasses);
        this.names = new NameResolver(typeNaming);
        this.types = new ExpressionTypes(imports, typeNaming, names, owners);
        this.creations = new OwnerCreations(owners, types);
    }

    /** The file relative to its source root, with {@code /} separators. */
    public String sourcePath() {
        return sourcePath;
    }

    public CompilationUnit unit() {
        return unit;
    }

    public TypeNaming typeNaming() {
        return typeNaming;
    }

    public ImportScope imports() {
        return imports;
    }

    public NameResolver names() {
        return names;
    }

    public ExpressionTypes types() {
        return types;
    }

    public OwnerCreations creations() {
        return creations;
    }

    public ThreadOwners owners() {
        return owners;
    }
}
