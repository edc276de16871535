package io.github.leakhound.detectors.index;

import io.github.leakhound.core.OwnerKind;
import io.github.leakhound.core.PeriodicTasks;
import io.github.leakhound.core.ThreadOwnerType;
import io.github.leakhound.core.ThreadOwners;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.apache.bcel.classfile.JavaClass;
import org.apache.bcel.generic.ObjectType;
import org.apache.bcel.generic.Type;

/**
 * The thread-owner vocabulary of {@link ThreadOwners}, asked the way bytecode names calls: a declaring class
 * in binary form, a method name ({@code <init>} for constructors) and a method descriptor.
 */
public final class OwnerCalls {

    private static final String CONSTRUCTOR = "<init>";

    private final ThreadOwners owners;
    private final Set<String> fieldCallsOfInterest;

    public OwnerCalls(ThreadOwners owners) {
        this.owners = owners;
        Set<String> names = new HashSet<>(owners.allReleaseMethods());
        names.addAll(owners.allStartMethods());
        names.add(PeriodicTasks.cancelMethod());
        this.fieldCallsOfInterest = Set.copyOf(names);
    }

    /** The kind of owner that a call creates: a factory such as {@code Executors.new*} or an owner's constructor. */
    public Optional<OwnerKind> creationKind(String className, String methodName) {
        return CONSTRUCTOR.equals(methodName) ? owners.constructed(className) : owners.createdBy(className, methodName);
    }

    /**
     * The type of owner that a call creates: the constructed class, or the type a factory returns. A factory
     * returning a type the vocabulary does not list yields a type of the factory's kind that any release
     * method of that kind releases.
     */
    public Optional<ThreadOwnerType> createdType(String className, String methodName, String signature) {
        return creationKind(className, methodName).map(kind -> {
            String created = CONSTRUCTOR.equals(methodName) ? className : returnedClass(signature);
            return owners.createdType(created, kind);
        });
    }

    /**
     * True when a field rule asks whether some code calls {@code methodName} on a field's value: the release
     * and start methods of every owner type, and {@code cancel} of a periodic task's future. Other calls on
     * field values are not worth indexing.
     */
    public boolean isFieldCallOfInterest(String methodName) {
        return fieldCallsOfInterest.contains(methodName);
    }

    /**
     * True when passing an owner to this call leaves the caller owning it. Constructors never borrow: an
     * object built around an owner (a wrapper, a scheduler, an HTTP client) takes it over.
     */
    public boolean borrows(String className, String methodName) {
        return !CONSTRUCTOR.equals(methodName) && owners.isBorrower(className, methodName);
    }

    /** True when the class refers to any call that creates an owner of one of these kinds. */
    public boolean mayCreateOwner(JavaClass javaClass, Set<OwnerKind> kinds) {
        return ConstantPoolCalls.anyMatch(javaClass,
                (className, methodName) -> creationKind(className, methodName).filter(kinds::contains).isPresent());
    }

    /**
     * True for the calls javac emits to concatenate strings ({@code String.valueOf} before an
     * {@code invokedynamic} since JDK 19, {@code StringBuilder} before JDK 9). The source shows no call there,
     * so the rule does not count them as calls that could throw.
     */
    public static boolean isStringConversion(String className, String methodName) {
        return "java.lang.String".equals(className) && "valueOf".equals(methodName)
                || "java.lang.StringBuilder".equals(className)
                        && ("<init>".equals(methodName) || "append".equals(methodName) || "toString".equals(methodName));
    }

    /**
     * True for the {@code invokedynamic} that javac emits for string concatenation: an owner appended to a
     * string is only formatted, never kept.
     */
    public static boolean isStringConcatenation(String dynamicMethodName) {
        return "makeConcatWithConstants".equals(dynamicMethodName) || "makeConcat".equals(dynamicMethodName);
    }

    private static String returnedClass(String signature) {
        Type returned = Type.getReturnType(signature);
        return returned instanceof ObjectType object ? object.getClassName() : returned.toString();
    }
}
