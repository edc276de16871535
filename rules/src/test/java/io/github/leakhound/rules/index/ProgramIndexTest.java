package io.github.leakhound.rules.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.leakhound.core.ThreadOwners;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Joining references to fields across files; an unresolved reference prefers silence. */
class ProgramIndexTest {

    private static final MemberId METHOD = new MemberId("a/C.java", "a.C", "run", 3, 5);

    private static DeclaredField field(String type, String name) {
        return new DeclaredField(new FieldKey(type, name), "java.util.concurrent.ExecutorService", false,
                "a/X.java", 1, 1);
    }

    private static FieldStore newExecutorStore(FieldRef target) {
        return new FieldStore(target, METHOD, MemberKind.METHOD,
                Optional.of(new NewOwner(ThreadOwners.defaults().type("java.util.concurrent.ExecutorService").orElseThrow(),
                        "ExecutorService", "Executors.newFixedThreadPool(...)")),
                4, 9);
    }

    private static FieldCall release(FieldRef target) {
        return new FieldCall(target, METHOD, "shutdown", 5, 9, false);
    }

    private static FieldFacts facts(ProgramIndex index, String type, String name) {
        return index.field(new FieldKey(type, name)).orElseThrow();
    }

    @Test
    void referenceWithKnownDeclaringTypeMatchesOnlyThatField() {
        FileFacts file = new FileFacts(List.of(field("a.A", "pool"), field("a.B", "pool")),
                List.of(newExecutorStore(FieldRef.of("a.A", "pool"))),
                List.of(release(FieldRef.of("a.B", "pool"))), List.of(), List.of(), List.of());

        ProgramIndex index = ProgramIndex.of(List.of(file));

        assertEquals(1, facts(index, "a.A", "pool").stores().size());
        assertEquals(0, facts(index, "a.A", "pool").calls().size());
        assertEquals(1, facts(index, "a.B", "pool").calls().size());
    }

    @Test
    void ambiguousReleaseCountsForEveryFieldOfThatName() {
        FileFacts file = new FileFacts(List.of(field("a.A", "pool"), field("a.B", "pool")), List.of(),
                List.of(release(FieldRef.byName("pool"))), List.of(), List.of(), List.of());

        ProgramIndex index = ProgramIndex.of(List.of(file));

        assertEquals(1, facts(index, "a.A", "pool").calls().size());
        assertEquals(1, facts(index, "a.B", "pool").calls().size());
    }

    @Test
    void ambiguousStoreCountsForNoField() {
        FileFacts file = new FileFacts(List.of(field("a.A", "pool"), field("a.B", "pool")),
                List.of(newExecutorStore(FieldRef.byName("pool"))), List.of(), List.of(), List.of(), List.of());

        ProgramIndex index = ProgramIndex.of(List.of(file));

        assertEquals(0, facts(index, "a.A", "pool").stores().size());
        assertEquals(0, facts(index, "a.B", "pool").stores().size());
    }

    @Test
    void referenceToAnUndeclaredClassFallsBackToTheFieldName() {
        FileFacts base = new FileFacts(List.of(field("a.Base", "pool")), List.of(), List.of(), List.of(), List.of(),
                List.of());
        FileFacts child = new FileFacts(List.of(), List.of(newExecutorStore(FieldRef.of("a.Child", "pool"))),
                List.of(), List.of(), List.of(), List.of());

        ProgramIndex index = ProgramIndex.of(List.of(base, child));

        assertEquals(1, facts(index, "a.Base", "pool").stores().size());
    }
}
