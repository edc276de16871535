package io.github.leakhound.rules.resolve;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.type.Type;
import java.util.Optional;

/** What a simple name used as an expression denotes in its place in a file. */
public sealed interface Resolution {

    /**
     * A local variable or parameter (lambda, catch and pattern variables included).
     *
     * @param declaration  the declarator or parameter node; identifies the variable within the file
     * @param scope        the node the variable is visible in (its block, or the declaring callable)
     * @param declaredType the type as written, empty for {@code var} and untyped lambda parameters
     */
    record Local(Node declaration, Node scope, Optional<Type> declaredType) implements Resolution {
    }

    /**
     * A field declared in a class of this file that encloses the use.
     *
     * @param declaringType binary name of the declaring class
     * @param declaredType  the field's type as written
     */
    record Field(String declaringType, String name, Type declaredType) implements Resolution {
    }

    /** Neither: an inherited field, a statically imported one, a type or package name. */
    record Unknown(String name) implements Resolution {
    }
}
