package io.github.leakhound.rules.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.javaparser.StaticJavaParser;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Binary class names as javac gives them, so that source and bytecode findings name the same class. */
class TypeNamingTest {

    @Test
    void nestedLocalAndAnonymousClassesGetJavacNames() {
        CompilationUnit unit = StaticJavaParser.parse("""
                package a;
                class Outer {
                    Runnable first = new Runnable() { public void run() { String s = "anon1"; } };
                    class Inner {
                        Runnable r = new Runnable() { public void run() { String s = "inner-anon1"; } };
                    }
                    void f() {
                        class Local { String s = "local"; }
                        Runnable second = new Runnable() { public void run() { String s = "anon2"; } };
                        Runnable lambda = () -> { String s = "lambda"; };
                    }
                }
                """);
        TypeNaming naming = new TypeNaming(unit);

        List<String> names = unit.findAll(StringLiteralExpr.class).stream()
                .map(literal -> literal.getValue() + "=" + naming.enclosingTypeName(literal))
                .toList();

        assertEquals(List.of("anon1=a.Outer$1", "inner-anon1=a.Outer$Inner$1", "local=a.Outer$1Local",
                "anon2=a.Outer$2", "lambda=a.Outer"), names);
    }
}
