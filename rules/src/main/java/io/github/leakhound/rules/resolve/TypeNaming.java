package io.github.leakhound.rules.resolve;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.EnumConstantDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.stmt.LocalClassDeclarationStmt;
import com.github.javaparser.ast.stmt.LocalRecordDeclarationStmt;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Binary names of every class body in one file, as javac names them: {@code a.b.Outer$Inner}, local classes
 * {@code Outer$1Local}, anonymous classes {@code Outer$1} numbered per innermost enclosing class. Guess: javac
 * numbers in attribution order, which is textual order for ordinary code.
 */
public final class TypeNaming {

    private final String packagePrefix;
    private final Map<Node, String> names = new IdentityHashMap<>();
    private final Map<String, String> simpleNames = new HashMap<>();
    private final Map<String, Integer> nextLocalIndex = new HashMap<>();

    public TypeNaming(CompilationUnit unit) {
        String packageName = unit.getPackageDeclaration().map(p -> p.getNameAsString()).orElse("");
        this.packagePrefix = packageName.isEmpty() ? "" : packageName + ".";
        // Pre-order walk is textual order and names every enclosing body before the bodies inside it.
        unit.walk(Node.TreeTraversal.PREORDER, this::name);
    }

    /** Simple name to binary name of the named (not anonymous) types declared in this file. */
    public Map<String, String> declaredTypes() {
        return simpleNames;
    }

    /** The binary name of a class body: a type declaration, an anonymous class or an enum constant body. */
    public Optional<String> nameOf(Node classBody) {
        return Optional.ofNullable(names.get(classBody));
    }

    /**
     * The class body whose code {@code node} is: the nearest enclosing type declaration, or anonymous class
     * when the node is inside its body (not in its constructor arguments).
     */
    public Optional<Node> enclosingClassBody(Node node) {
        Node child = node;
        Optional<Node> parent = node.getParentNode();
        while (parent.isPresent()) {
            Node candidate = parent.get();
            if (isClassBodyOf(candidate, child)) {
                return Optional.of(candidate);
            }
            child = candidate;
            parent = candidate.getParentNode();
        }
        return Optional.empty();
    }

    /** The binary name of the class whose code {@code node} is; empty outside any class. */
    public String enclosingTypeName(Node node) {
        return enclosingClassBody(node).flatMap(this::nameOf).orElse("");
    }

    /** True when {@code child} is a member of the class body {@code candidate} (or its declaration's name). */
    public static boolean isClassBodyOf(Node candidate, Node child) {
        if (candidate instanceof TypeDeclaration<?>) {
            return true;
        }
        if (candidate instanceof ObjectCreationExpr creation) {
            return creation.getAnonymousClassBody().isPresent() && child instanceof BodyDeclaration<?>;
        }
        if (candidate instanceof EnumConstantDeclaration constant) {
            return child instanceof BodyDeclaration<?> && constant.getClassBody().contains(child);
        }
        return false;
    }

    private void name(Node node) {
        if (node instanceof TypeDeclaration<?> type) {
            String simple = type.getNameAsString();
            Optional<Node> parent = node.getParentNode();
            String binary;
            if (parent.isEmpty() || parent.get() instanceof CompilationUnit) {
                binary = packagePrefix + simple;
            } else if (parent.get() instanceof LocalClassDeclarationStmt
                    || parent.get() instanceof LocalRecordDeclarationStmt) {
                binary = numbered(enclosingTypeName(node), simple);
            } else {
                binary = enclosingTypeName(node) + "$" + simple;
            }
            names.put(node, binary);
            simpleNames.putIfAbsent(simple, binary);
        } else if (node instanceof ObjectCreationExpr creation && creation.getAnonymousClassBody().isPresent()) {
            names.put(node, numbered(enclosingTypeName(node), ""));
        } else if (node instanceof EnumConstantDeclaration constant && !constant.getClassBody().isEmpty()) {
            names.put(node, numbered(enclosingTypeName(node), ""));
        }
    }

    private String numbered(String enclosing, String simple) {
        String key = enclosing + "$" + simple;
        int index = nextLocalIndex.merge(key, 1, Integer::sum);
        return enclosing + "$" + index + simple;
    }
}
