package io.github.leakhound.rules.owner;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import io.github.leakhound.core.Engine;
import io.github.leakhound.core.Finding;
import io.github.leakhound.core.Location;
import io.github.leakhound.rules.FileRule;
import io.github.leakhound.rules.index.Members;
import io.github.leakhound.rules.resolve.FileScope;
import io.github.leakhound.rules.resolve.OwnerCreations.Creation;
import io.github.leakhound.rules.resolve.Positions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reports the local leak rule of each owner kind ({@code kind.localLeakRule()}): LEAK_EXECUTOR_NOT_SHUTDOWN,
 * LEAK_THREAD_OWNER_NOT_CLOSED (HttpClient) and LEAK_TIMER_NOT_CANCELLED, for a thread owner created in code
 * that is neither released on every path nor handed on.
 */
public final class LocalOwnerNotReleasedRule implements FileRule {

    @Override
    public List<Finding> check(FileScope file) {
        List<Expression> candidates = new ArrayList<>();
        candidates.addAll(file.unit().findAll(MethodCallExpr.class));
        candidates.addAll(file.unit().findAll(ObjectCreationExpr.class));
        LocalOwnerJudge judge = new LocalOwnerJudge(file);
        Members members = new Members(file);
        List<Finding> findings = new ArrayList<>();
        for (Expression candidate : candidates) {
            Optional<Creation> creation = file.creations().creation(candidate);
            if (creation.isEmpty()) {
                continue;
            }
            judge.leak(candidate, creation.get()).ifPresent(leak -> {
                Location location = new Location(file.sourcePath(), Positions.line(candidate),
                        Positions.column(candidate), file.typeNaming().enclosingTypeName(candidate),
                        members.of(candidate).id().name());
                findings.add(Finding.of(creation.get().kind().localLeakRule(), location,
                        message(creation.get(), leak), Engine.SOURCE));
            });
        }
        return findings;
    }

    static String message(Creation creation, LocalLeak leak) {
        OwnerWords words = OwnerWords.of(creation.type());
        String type = creation.typeWord();
        String subject = leak.variable()
                .map(variable -> type + " `" + variable + "` created here")
                .orElse(type + " created here by " + creation.howCreated());
        String fix = " " + words.localFix();
        switch (leak.reason()) {
            case CALL_MAY_THROW_BEFORE_RELEASE:
                return subject + " is not " + words.released() + " on every path: if the call on line " + leak.line()
                        + " throws, " + words.releaseCall() + " is never reached and " + words.consequence() + "."
                        + fix;
            case RELEASED_ON_SOME_PATHS:
                return subject + " is " + words.released() + " only on some paths (conditionally, in a catch or in a"
                        + " loop; see line " + leak.line() + "): on the others " + words.consequence() + "." + fix;
            case EXITS_BEFORE_RELEASE:
                return subject + " is not " + words.released() + " on every path: line " + leak.line()
                        + " leaves before " + words.releaseCall() + " is reached, and " + words.consequence() + "."
                        + fix;
            case REASSIGNED_BEFORE_RELEASE:
                return subject + " is lost when the variable is reassigned on line " + leak.line() + " before it is "
                        + words.released() + ": " + words.consequence() + "." + fix;
            case USED_WITHOUT_VARIABLE:
                return subject + " is used once for " + leak.detail() + "(...) and never kept, so nothing can release"
                        + " it: " + words.consequence() + ". Keep it in a variable." + fix;
            case LENT_TO_BORROWER:
                return subject + " is only lent to " + leak.detail() + "(...), which uses it but does not release it: "
                        + words.consequence() + "." + fix;
            case DISCARDED:
                return subject + " is dropped without being " + words.released() + ": " + words.consequence() + "."
                        + fix;
            case NEVER_RELEASED:
            default:
                return subject + " is never " + words.released() + ": " + words.consequence() + "." + fix;
        }
    }
}
