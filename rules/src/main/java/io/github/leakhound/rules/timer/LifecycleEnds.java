package io.github.leakhound.rules.timer;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import io.github.leakhound.core.PeriodicTasks;
import io.github.leakhound.rules.resolve.FileScope;
import io.github.leakhound.rules.resolve.NameResolver;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the lifecycle end of the classes around a piece of code: a method named {@code close}, {@code stop},
 * {@code shutdown}, {@code dispose} or {@code destroy}, a method annotated {@code @PreDestroy} (any package), or
 * a declared {@code AutoCloseable}/{@code Closeable} interface, on the class itself or any class enclosing it.
 */
final class LifecycleEnds {

    private static final String CLOSE = "close()";

    private final FileScope file;

    LifecycleEnds(FileScope file) {
        this.file = file;
    }

    /** The call that ends the life of the object running {@code code}, as messages name it, if it has one. */
    Optional<String> around(Node code) {
        Optional<Node> body = file.typeNaming().enclosingClassBody(code);
        while (body.isPresent()) {
            Optional<String> end = declaredBy(body.get());
            if (end.isPresent()) {
                return end;
            }
            body = file.typeNaming().enclosingClassBody(body.get());
        }
        return Optional.empty();
    }

    private Optional<String> declaredBy(Node classBody) {
        for (BodyDeclaration<?> member : NameResolver.membersOf(classBody)) {
            if (member instanceof MethodDeclaration method && isLifecycleEnd(method)) {
                return Optional.of(method.getNameAsString() + "()");
            }
        }
        return declaredInterfaces(classBody).stream()
                .map(type -> file.types().resolve(type).orElse(""))
                .filter(PeriodicTasks.lifecycleInterfaces()::contains)
                .findFirst()
                .map(type -> CLOSE);
    }

    private static boolean isLifecycleEnd(MethodDeclaration method) {
        return PeriodicTasks.lifecycleEndMethods().contains(method.getNameAsString())
                || method.getAnnotations().stream()
                        .map(AnnotationExpr::getName)
                        .anyMatch(name -> PeriodicTasks.lifecycleEndAnnotations().contains(name.getIdentifier()));
    }

    /** The interfaces a class body says it implements (an interface: extends; an anonymous class: its type). */
    private static List<ClassOrInterfaceType> declaredInterfaces(Node classBody) {
        List<ClassOrInterfaceType> types = new ArrayList<>();
        if (classBody instanceof ClassOrInterfaceDeclaration type) {
            types.addAll(type.getImplementedTypes());
            if (type.isInterface()) {
                types.addAll(type.getExtendedTypes());
            }
        } else if (classBody instanceof RecordDeclaration record) {
            types.addAll(record.getImplementedTypes());
        } else if (classBody instanceof EnumDeclaration enumeration) {
            types.addAll(enumeration.getImplementedTypes());
        } else if (classBody instanceof ObjectCreationExpr anonymous) {
            types.add(anonymous.getType());
        }
        return types;
    }
}
