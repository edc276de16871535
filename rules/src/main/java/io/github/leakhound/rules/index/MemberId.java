package io.github.leakhound.rules.index;

/**
 * One code unit of the program: a method, constructor, initializer, field initializer or lambda body.
 *
 * @param sourcePath the file, relative to its source root
 * @param typeName   binary name of the class the code belongs to
 * @param name       the enclosing named member as a reader calls it: method name, {@code <init>},
 *                   {@code <clinit>} or the field name (a lambda takes the name of the member around it)
 * @param line       where the unit begins, which tells apart overloads and lambdas of one member
 * @param column     where the unit begins
 */
public record MemberId(String sourcePath, String typeName, String name, int line, int column) {
}
