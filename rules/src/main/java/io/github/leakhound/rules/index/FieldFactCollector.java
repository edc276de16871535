package io.github.leakhound.rules.index;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.TypeExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;
import com.github.javaparser.ast.type.Type;
import io.github.leakhound.core.PeriodicTasks;
import io.github.leakhound.core.ThreadOwners;
import io.github.leakhound.rules.resolve.ExpressionTypes;
import io.github.leakhound.rules.resolve.FileScope;
import io.github.leakhound.rules.resolve.OwnerCreations.Creation;
import io.github.leakhound.rules.resolve.Positions;
import io.github.leakhound.rules.resolve.Resolution;
import io.github.leakhound.rules.resolve.ValueUse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The first pass over one file: collects its field facts (declarations, stores, lifecycle calls, escapes, null
 * checks) as records, so that the judges can see the whole program once every file has been read.
 * A local variable copied from a field ({@code ExecutorService p = pool;}) stands for the field; a local that
 * holds a newly created owner makes a store of it a store of a new owner.
 */
public final class FieldFactCollector {

    private static final Set<String> GENERATED_GETTERS = Set.of("lombok.Getter", "lombok.Data", "lombok.Value");

    private final FileScope file;
    private final Members members;
    private final FieldReferences fieldReferences;
    private final ThreadOwners owners;
    private final Set<String> releaseMethods;
    private final Set<String> lifecycleMethods;

    private final List<DeclaredField> fields = new ArrayList<>();
    private final List<FieldStore> stores = new ArrayList<>();
    private final List<FieldCall> calls = new ArrayList<>();
    private final List<FieldEscape> escapes = new ArrayList<>();
    private final List<FieldNullCheck> nullChecks = new ArrayList<>();

    private final Map<Node, NewOwner> localsHoldingNewOwners = new IdentityHashMap<>();
    private final Map<Node, FieldRef> localCopiesOfFields = new IdentityHashMap<>();

    private FieldFactCollector(FileScope file) {
        this.file = file;
        this.members = new Members(file);
        this.fieldReferences = new FieldReferences(file);
        this.owners = file.owners();
        this.releaseMethods = releaseMethods(owners);
        this.lifecycleMethods = lifecycleMethods(owners, releaseMethods);
    }

    /** Every owner's release methods, and the call that stops a periodic task ({@code future.cancel(...)}). */
    private static Set<String> releaseMethods(ThreadOwners owners) {
        Set<String> methods = new HashSet<>(owners.allReleaseMethods());
        methods.add(PeriodicTasks.cancelMethod());
        return Set.copyOf(methods);
    }

    /** The release methods, and the methods without which some owners own nothing yet ({@code timer.start()}). */
    private static Set<String> lifecycleMethods(ThreadOwners owners, Set<String> releaseMethods) {
        Set<String> methods = new HashSet<>(releaseMethods);
        methods.addAll(owners.allStartMethods());
        return Set.copyOf(methods);
    }

    /** The field facts of one parsed file. */
    public static FileFacts collect(FileScope file) {
        return new FieldFactCollector(file).collect();
    }

    private FileFacts collect() {
        file.unit().findAll(FieldDeclaration.class).forEach(this::declaration);
        file.unit().findAll(RecordDeclaration.class).forEach(this::recordComponents);
        findLocalsHoldingNewOwners();
        file.unit().findAll(AssignExpr.class).forEach(this::store);
        List<FieldRead> reads = new ArrayList<>();
        List<LocalRead> localReads = new ArrayList<>();
        file.unit().walk(Expression.class, expression -> classifyRead(expression, reads, localReads));
        for (FieldRead read : reads) {
            noteLocalCopy(read);
        }
        for (FieldRead read : reads) {
            facts(read.target(), read.expression(), false);
        }
        for (LocalRead read : localReads) {
            FieldRef copied = localCopiesOfFields.get(read.declaration());
            if (copied != null) {
                facts(copied, read.expression(), true);
            }
        }
        file.unit().findAll(MethodReferenceExpr.class).forEach(this::methodReferenceOnSimpleName);
        return new FileFacts(fields, stores, calls, escapes, nullChecks, List.of());
    }

    private record FieldRead(FieldRef target, Expression expression) {
    }

    private record LocalRead(Node declaration, NameExpr expression) {
    }

    private void declaration(FieldDeclaration declaration) {
        Node body = declaration.getParentNode().orElse(declaration);
        String owner = file.typeNaming().nameOf(body).orElse("");
        boolean isStatic = declaration.isStatic()
                || body instanceof ClassOrInterfaceDeclaration type && type.isInterface();
        for (VariableDeclarator variable : declaration.getVariables()) {
            FieldKey key = new FieldKey(owner, variable.getNameAsString());
            fields.add(new DeclaredField(key, typeName(variable.getType()), isStatic, file.sourcePath(),
                    Positions.line(variable), Positions.column(variable)));
            variable.getInitializer().ifPresent(value -> stores.add(new FieldStore(
                    FieldRef.of(owner, key.name()), members.of(value).id(), MemberKind.INLINE_INITIALIZER,
                    newOwner(value), Positions.line(variable), Positions.column(variable))));
            if (hasGeneratedGetter(declaration) || hasGeneratedGetter(body)) {
                escapes.add(new FieldEscape(FieldRef.of(owner, key.name()), members.of(variable.getName()).id(),
                        EscapeKind.RETURNED, Positions.line(variable)));
            }
        }
    }

    /**
     * Lombok's {@code @Getter} (on the field or class), {@code @Data} and {@code @Value} generate a getter the
     * source does not show; the bytecode engine sees it return the field, so this engine counts it too.
     */
    private boolean hasGeneratedGetter(Node annotated) {
        if (!(annotated instanceof NodeWithAnnotations<?> withAnnotations)) {
            return false;
        }
        return withAnnotations.getAnnotations().stream()
                .map(annotation -> file.imports().resolve(annotation.getNameAsString()))
                .anyMatch(GENERATED_GETTERS::contains);
    }

    private void recordComponents(RecordDeclaration record) {
        String owner = file.typeNaming().nameOf(record).orElse("");
        for (Parameter component : record.getParameters()) {
            fields.add(new DeclaredField(new FieldKey(owner, component.getNameAsString()),
                    typeName(component.getType()), false, file.sourcePath(),
                    Positions.line(component), Positions.column(component)));
        }
    }

    private String typeName(Type type) {
        return file.types().resolve(type).orElseGet(type::asString);
    }

    private void findLocalsHoldingNewOwners() {
        List<Expression> candidates = new ArrayList<>();
        candidates.addAll(file.unit().findAll(MethodCallExpr.class));
        candidates.addAll(file.unit().findAll(ObjectCreationExpr.class));
        for (Expression candidate : candidates) {
            Optional<Creation> creation = file.creations().creation(candidate);
            if (creation.isEmpty()) {
                continue;
            }
            NewOwner owner = toNewOwner(creation.get());
            localVariableStoredTo(ValueUse.of(candidate))
                    .ifPresent(local -> localsHoldingNewOwners.put(local, owner));
        }
    }

    /** The local variable a value is stored to, if {@code use} stores it in one. */
    private Optional<Node> localVariableStoredTo(ValueUse use) {
        if (use instanceof ValueUse.Initialises init && !(init.variable().getParentNode().orElse(null)
                instanceof FieldDeclaration)) {
            return Optional.of(init.variable());
        }
        if (use instanceof ValueUse.AssignedTo assigned && assigned.target() instanceof NameExpr name
                && file.names().resolve(name.getNameAsString(), name) instanceof Resolution.Local local) {
            return Optional.of(local.declaration());
        }
        return Optional.empty();
    }

    private void store(AssignExpr assignment) {
        if (assignment.getOperator() != AssignExpr.Operator.ASSIGN) {
            return;
        }
        Optional<FieldRef> target = fieldReferences.of(assignment.getTarget());
        if (target.isEmpty()) {
            return;
        }
        Member member = members.of(assignment);
        stores.add(new FieldStore(target.get(), member.id(), member.kind(), newOwner(assignment.getValue()),
                Positions.line(assignment), Positions.column(assignment)));
    }

    private Optional<NewOwner> newOwner(Expression value) {
        Optional<Creation> creation = file.creations().creation(value);
        if (creation.isPresent()) {
            return Optional.of(toNewOwner(creation.get()));
        }
        Expression unwrapped = ExpressionTypes.unwrapParentheses(value);
        if (unwrapped instanceof NameExpr name
                && file.names().resolve(name.getNameAsString(), name) instanceof Resolution.Local local) {
            return Optional.ofNullable(localsHoldingNewOwners.get(local.declaration()));
        }
        return Optional.empty();
    }

    private static NewOwner toNewOwner(Creation creation) {
        return new NewOwner(creation.type(), creation.typeWord(), creation.howCreated());
    }

    private void classifyRead(Expression expression, List<FieldRead> reads, List<LocalRead> localReads) {
        if (expression instanceof NameExpr name) {
            Resolution resolution = file.names().resolve(name.getNameAsString(), name);
            if (resolution instanceof Resolution.Local local) {
                localReads.add(new LocalRead(local.declaration(), name));
                return;
            }
        }
        if (expression instanceof NameExpr || expression instanceof FieldAccessExpr) {
            fieldReferences.of(expression).ifPresent(ref -> reads.add(new FieldRead(ref, expression)));
        }
    }

    /**
     * {@code pool::shutdown}: the parser gives the receiver as a type expression, so it is resolved here
     * (a field, an inherited field, or a local copy of a field).
     */
    private void methodReferenceOnSimpleName(MethodReferenceExpr reference) {
        if (!(reference.getScope() instanceof TypeExpr)) {
            return;
        }
        Optional<String> receiver = ExpressionTypes.receiverName(reference);
        if (receiver.isEmpty()) {
            return;
        }
        Optional<FieldRef> target = fieldReferences.ofName(receiver.get(), reference);
        boolean throughLocalCopy = false;
        if (target.isEmpty()
                && file.names().resolve(receiver.get(), reference) instanceof Resolution.Local local) {
            target = Optional.ofNullable(localCopiesOfFields.get(local.declaration()));
            throughLocalCopy = true;
        }
        if (target.isEmpty()) {
            return;
        }
        MemberId member = members.of(reference).id();
        String method = reference.getIdentifier();
        if (releaseMethods.contains(method)) {
            calls.add(new FieldCall(target.get(), member, method, Positions.line(reference),
                    Positions.column(reference), throughLocalCopy));
        } else {
            escapes.add(new FieldEscape(target.get(), member, EscapeKind.CAPTURED_BY_METHOD_REFERENCE,
                    Positions.line(reference)));
        }
    }

    private void noteLocalCopy(FieldRead read) {
        localVariableStoredTo(ValueUse.of(read.expression()))
                .ifPresent(local -> localCopiesOfFields.putIfAbsent(local, read.target()));
    }

    private void facts(FieldRef target, Expression read, boolean throughLocalCopy) {
        ValueUse use = ValueUse.of(read);
        MemberId member = members.of(read).id();
        int line = Positions.line(read);
        if (use instanceof ValueUse.CallOn on && lifecycleMethods.contains(on.call().getNameAsString())) {
            calls.add(new FieldCall(target, member, on.call().getNameAsString(), Positions.line(on.call()),
                    Positions.column(on.call()), throughLocalCopy));
        } else if (use instanceof ValueUse.Resource) {
            calls.add(new FieldCall(target, member, "close", line, Positions.column(read), throughLocalCopy));
        } else if (use instanceof ValueUse.MethodReference reference) {
            String method = reference.reference().getIdentifier();
            if (releaseMethods.contains(method)) {
                calls.add(new FieldCall(target, member, method, line, Positions.column(read), throughLocalCopy));
            } else {
                escapes.add(new FieldEscape(target, member, EscapeKind.CAPTURED_BY_METHOD_REFERENCE, line));
            }
        } else if (use instanceof ValueUse.Argument argument && !isBorrower(argument.call())
                || use instanceof ValueUse.ConstructorArgument) {
            escapes.add(new FieldEscape(target, member, EscapeKind.PASSED_AS_ARGUMENT, line));
        } else if (use instanceof ValueUse.Returned) {
            escapes.add(new FieldEscape(target, member, EscapeKind.RETURNED, line));
        } else if (use instanceof ValueUse.ArrayElement || isStoredOutsideLocals(use)) {
            escapes.add(new FieldEscape(target, member, EscapeKind.STORED_ELSEWHERE, line));
        } else if (use instanceof ValueUse.NullComparison) {
            nullChecks.add(new FieldNullCheck(target, member));
        }
    }

    private boolean isStoredOutsideLocals(ValueUse use) {
        boolean stored = use instanceof ValueUse.AssignedTo || use instanceof ValueUse.Initialises;
        return stored && localVariableStoredTo(use).isEmpty();
    }

    private boolean isBorrower(MethodCallExpr call) {
        return file.types().declaringClassOf(call)
                .map(owner -> owners.isBorrower(owner, call.getNameAsString()))
                .orElse(false);
    }
}
