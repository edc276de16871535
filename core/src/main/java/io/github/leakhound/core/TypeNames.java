package io.github.leakhound.core;

/** Conversions between the spellings of a type name in bytecode, in binary form and in source. */
public final class TypeNames {

    private TypeNames() {
    }

    /** {@code java/util/Map$Entry} (bytecode) to {@code java.util.Map$Entry} (binary name). */
    public static String fromInternal(String internalName) {
        return internalName.replace('/', '.');
    }

    /** {@code java.util.Map$Entry} to {@code java.util.Map.Entry}, as source code writes it. */
    public static String toSourceName(String binaryName) {
        return binaryName.replace('$', '.');
    }

    /** {@code java.util.Map$Entry} to {@code Entry}. */
    public static String simpleName(String binaryName) {
        int cut = Math.max(binaryName.lastIndexOf('.'), binaryName.lastIndexOf('$'));
        return binaryName.substring(cut + 1);
    }

    /** The package of a binary name, or an empty string for the default package. */
    public static String packageName(String binaryName) {
        int cut = binaryName.lastIndexOf('.');
        return cut < 0 ? "" : binaryName.substring(0, cut);
    }
}
