package io.github.leakhound.rules.resolve;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.TypeExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import io.github.leakhound.core.OwnerFactory;
import io.github.leakhound.core.OwnerKind;
import io.github.leakhound.core.ThreadOwners;
import java.util.Map;
import java.util.Optional;

/**
 * Best-effort static types (binary names) of expressions in one file, without a classpath: from declared
 * types of variables and fields, casts, constructor calls, and a few library conventions named below.
 * Unknown is a normal answer; callers then stay silent.
 */
public final class ExpressionTypes {

    private static final String COMPLETABLE_FUTURE = "java.util.concurrent.CompletableFuture";
    private static final String EXECUTOR_SERVICE = "java.util.concurrent.ExecutorService";
    private static final String BUILDER = "$Builder";
    private static final Map<String, String> KNOWN_STATIC_FIELDS = Map.of(
            "java.lang.System.out", "java.io.PrintStream",
            "java.lang.System.err", "java.io.PrintStream");

    private final ImportScope imports;
    private final TypeNaming typeNaming;
    private final NameResolver names;
    private final ThreadOwners owners;

    public ExpressionTypes(ImportScope imports, TypeNaming typeNaming, NameResolver names, ThreadOwners owners) {
        this.imports = imports;
        this.typeNaming = typeNaming;
        this.names = names;
        this.owners = owners;
    }

    /** The binary name of a type as written in this file; empty for primitives and arrays. */
    public Optional<String> resolve(Type type) {
        if (type instanceof ClassOrInterfaceType classType) {
            return Optional.of(imports.resolve(classType.getNameWithScope()));
        }
        return Optional.empty();
    }

    /** The static type of a value expression, when it can be told. */
    public Optional<String> typeOf(Expression expression) {
        Expression value = unwrapParentheses(expression);
        if (value instanceof CastExpr cast) {
            return resolve(cast.getType());
        }
        if (value instanceof NameExpr name) {
            return typeOfName(name);
        }
        if (value instanceof FieldAccessExpr access) {
            return typeReference(access.getScope())
                    .map(owner -> KNOWN_STATIC_FIELDS.get(owner + "." + access.getNameAsString()));
        }
        if (value instanceof ObjectCreationExpr creation) {
            return resolve(creation.getType());
        }
        if (value instanceof ThisExpr) {
            return Optional.of(typeNaming.enclosingTypeName(value)).filter(name -> !name.isEmpty());
        }
        if (value instanceof MethodCallExpr call) {
            return resultType(call);
        }
        return Optional.empty();
    }

    /** The class that declares the method a call invokes, when it can be told. */
    public Optional<String> declaringClassOf(MethodCallExpr call) {
        if (call.getScope().isEmpty()) {
            String method = call.getNameAsString();
            // Not declared in this file and not statically imported: an inherited method, as a guess.
            return classDeclaringMethod(call, method)
                    .or(() -> imports.staticImportOf(method))
                    .or(() -> Optional.of(typeNaming.enclosingTypeName(call)).filter(name -> !name.isEmpty()));
        }
        Expression scope = call.getScope().get();
        Optional<String> staticOwner = typeReference(scope);
        return staticOwner.isPresent() ? staticOwner : typeOf(scope);
    }

    /**
     * The type a scope expression names when it is a type rather than a value ({@code Executors} in
     * {@code Executors.newFixedThreadPool(2)}, or {@code java.util.concurrent.Executors}). Guess: type names
     * are capitalised and not all capitals; {@code POOL} or {@code pool} that resolve to nothing here are
     * inherited fields, not types.
     */
    public Optional<String> typeReference(Expression scope) {
        Optional<String> qualified = qualifiedName(scope);
        if (qualified.isEmpty()) {
            return Optional.empty();
        }
        String written = qualified.get();
        String first = written.contains(".") ? written.substring(0, written.indexOf('.')) : written;
        Node firstNode = firstSegment(scope);
        if (!(names.resolve(first, firstNode) instanceof Resolution.Unknown)) {
            return Optional.empty();
        }
        String last = written.substring(written.lastIndexOf('.') + 1);
        boolean isType = written.contains(".") ? looksLikeTypeName(last)
                : imports.isKnownTypeName(first) || looksLikeTypeName(first);
        if (!isType) {
            return Optional.empty();
        }
        return Optional.of(imports.resolve(written));
    }

    /** The declared type of a field of the class body enclosing {@code use}, for {@code this.name}. */
    public Optional<String> fieldTypeInEnclosingClass(Node use, String fieldName) {
        Optional<Node> body = typeNaming.enclosingClassBody(use);
        if (body.isEmpty()) {
            return Optional.empty();
        }
        for (BodyDeclaration<?> member : NameResolver.membersOf(body.get())) {
            if (member.isFieldDeclaration()) {
                for (VariableDeclarator variable : member.asFieldDeclaration().getVariables()) {
                    if (variable.getNameAsString().equals(fieldName)) {
                        return resolve(variable.getType());
                    }
                }
            }
        }
        return Optional.empty();
    }

    private Optional<String> typeOfName(NameExpr name) {
        Resolution resolution = names.resolve(name.getNameAsString(), name);
        if (resolution instanceof Resolution.Field field) {
            return resolve(field.declaredType());
        }
        if (resolution instanceof Resolution.Local local) {
            if (local.declaredType().isPresent()) {
                return resolve(local.declaredType().get());
            }
            if (local.declaration() instanceof VariableDeclarator declarator
                    && declarator.getInitializer().isPresent()) {
                return typeOf(declarator.getInitializer().get());
            }
        }
        return Optional.empty();
    }

    /**
     * Result types of calls, by library convention (guesses, each named): {@code Executors.new*} returns an
     * ExecutorService; a static {@code newBuilder()} returns the class's nested {@code Builder}; builder
     * methods return the builder and {@code build()} the enclosing class; CompletableFuture stages return
     * CompletableFutures.
     */
    private Optional<String> resultType(MethodCallExpr call) {
        Optional<String> declaring = declaringClassOf(call);
        if (declaring.isEmpty()) {
            return Optional.empty();
        }
        String owner = declaring.get();
        String method = call.getNameAsString();
        Optional<OwnerFactory> factory = owners.factories().stream()
                .filter(candidate -> candidate.matches(owner, method))
                .findFirst();
        if (factory.isPresent()) {
            return Optional.of(createdType(factory.get()));
        }
        if (method.equals("newBuilder") && owners.factories().stream()
                .anyMatch(candidate -> candidate.className().equals(owner + BUILDER))) {
            return Optional.of(owner + BUILDER);
        }
        if (owner.endsWith(BUILDER) || owner.equals(COMPLETABLE_FUTURE)) {
            return Optional.of(owner);
        }
        return Optional.empty();
    }

    /** The thread-owner type a factory's result is, for messages and typing. */
    public String createdType(OwnerFactory factory) {
        String candidate = factory.className();
        while (true) {
            if (owners.type(candidate).isPresent()) {
                return candidate;
            }
            int cut = candidate.lastIndexOf('$');
            if (cut < 0) {
                return factory.kind() == OwnerKind.EXECUTOR ? EXECUTOR_SERVICE : factory.className();
            }
            candidate = candidate.substring(0, cut);
        }
    }

    private Optional<String> classDeclaringMethod(Node use, String method) {
        Optional<Node> body = typeNaming.enclosingClassBody(use);
        while (body.isPresent()) {
            for (BodyDeclaration<?> member : NameResolver.membersOf(body.get())) {
                if (member instanceof MethodDeclaration declared && declared.getNameAsString().equals(method)) {
                    return typeNaming.nameOf(body.get());
                }
            }
            body = typeNaming.enclosingClassBody(body.get());
        }
        return Optional.empty();
    }

    /** True when a simple name that resolves to no variable is taken for a type name (see typeReference). */
    public boolean denotesType(String simpleName) {
        return imports.isKnownTypeName(simpleName) || looksLikeTypeName(simpleName);
    }

    /**
     * The simple variable name a method reference is bound to ({@code pool} in {@code pool::shutdown}); the
     * parser cannot tell a variable from a type there and gives a type expression for both.
     */
    public static Optional<String> receiverName(MethodReferenceExpr reference) {
        Expression scope = reference.getScope();
        if (scope instanceof NameExpr name) {
            return Optional.of(name.getNameAsString());
        }
        if (scope instanceof TypeExpr type && type.getType() instanceof ClassOrInterfaceType classType
                && classType.getScope().isEmpty() && classType.getTypeArguments().isEmpty()) {
            return Optional.of(classType.getNameAsString());
        }
        return Optional.empty();
    }

    private static boolean looksLikeTypeName(String name) {
        return !name.isEmpty() && Character.isUpperCase(name.charAt(0)) && !name.equals(name.toUpperCase());
    }

    private static Node firstSegment(Expression scope) {
        Expression current = scope;
        while (current instanceof FieldAccessExpr access) {
            current = access.getScope();
        }
        return current;
    }

    /** {@code a.b.C} for a chain of simple names; empty for anything else ({@code this.x}, {@code f().x}). */
    public static Optional<String> qualifiedName(Expression expression) {
        if (expression instanceof NameExpr name) {
            return Optional.of(name.getNameAsString());
        }
        if (expression instanceof FieldAccessExpr access) {
            return qualifiedName(access.getScope()).map(scope -> scope + "." + access.getNameAsString());
        }
        return Optional.empty();
    }

    /** The expression inside any number of parentheses. */
    public static Expression unwrapParentheses(Expression expression) {
        Expression current = expression;
        while (current instanceof EnclosedExpr enclosed) {
            current = enclosed.getInner();
        }
        return current;
    }
}
