package io.github.leakhound.rules.resolve;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import io.github.leakhound.core.OwnerFactory;
import io.github.leakhound.core.OwnerKind;
import io.github.leakhound.core.ThreadOwnerType;
import io.github.leakhound.core.ThreadOwners;
import io.github.leakhound.core.TypeNames;
import java.util.Optional;

/**
 * Recognises the expressions that create a new thread owner: a factory call ({@code Executors.new*},
 * {@code HttpClient.newHttpClient()}, {@code HttpClient.newBuilder()...build()}) or a constructor call of an
 * owner type ({@code new ThreadPoolExecutor(...)}). {@code ForkJoinPool.commonPool()} and values received
 * from elsewhere are not creations.
 */
public final class OwnerCreations {

    /**
     * A creating expression.
     *
     * @param type       the owner type created (the declared result type for factories): its kind, and the
     *                   calls that start and release it
     * @param howCreated the call as a reader recognises it, e.g. {@code Executors.newFixedThreadPool(...)}
     */
    public record Creation(ThreadOwnerType type, String howCreated) {

        /** Which rules judge the owner. */
        public OwnerKind kind() {
            return type.kind();
        }

        /** The owner type's simple source name, e.g. {@code ExecutorService} or {@code HttpClient}. */
        public String typeWord() {
            return sourceNameWithoutPackage(type.className());
        }
    }

    private final ThreadOwners owners;
    private final ExpressionTypes types;

    public OwnerCreations(ThreadOwners owners, ExpressionTypes types) {
        this.owners = owners;
        this.types = types;
    }

    /** The owner this expression creates, if it creates one. */
    public Optional<Creation> creation(Expression expression) {
        Expression value = ExpressionTypes.unwrapParentheses(expression);
        if (value instanceof MethodCallExpr call) {
            return factoryCall(call);
        }
        if (value instanceof ObjectCreationExpr construction) {
            return constructorCall(construction);
        }
        return Optional.empty();
    }

    private Optional<Creation> factoryCall(MethodCallExpr call) {
        String method = call.getNameAsString();
        // Cheap filter first: most calls are not named like any factory.
        if (owners.factories().stream().noneMatch(f -> f.methodName().equals(method)
                || f.methodName().equals(OwnerFactory.ANY_NEW_METHOD) && method.startsWith("new"))) {
            return Optional.empty();
        }
        Optional<String> declaring = types.declaringClassOf(call);
        if (declaring.isEmpty()) {
            return Optional.empty();
        }
        return owners.factories().stream()
                .filter(factory -> factory.matches(declaring.get(), method))
                .findFirst()
                .map(factory -> new Creation(owners.createdType(types.createdType(factory), factory.kind()),
                        sourceNameWithoutPackage(declaring.get()) + "." + method + "(...)"));
    }

    private Optional<Creation> constructorCall(ObjectCreationExpr construction) {
        // An anonymous subclass is a user class (javac names it Outer$1), as the bytecode engine sees it too.
        if (construction.getAnonymousClassBody().isPresent()) {
            return Optional.empty();
        }
        Optional<String> type = types.resolve(construction.getType());
        return type.flatMap(owners::type)
                .map(owner -> new Creation(owner, "new " + sourceNameWithoutPackage(owner.className()) + "(...)"));
    }

    private static String sourceNameWithoutPackage(String binaryName) {
        String packageName = TypeNames.packageName(binaryName);
        String local = packageName.isEmpty() ? binaryName : binaryName.substring(packageName.length() + 1);
        return local.replace('$', '.');
    }
}
