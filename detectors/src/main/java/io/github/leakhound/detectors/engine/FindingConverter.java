package io.github.leakhound.detectors.engine;

import edu.umd.cs.findbugs.BugInstance;
import edu.umd.cs.findbugs.FieldAnnotation;
import edu.umd.cs.findbugs.MethodAnnotation;
import edu.umd.cs.findbugs.Priorities;
import edu.umd.cs.findbugs.SourceLineAnnotation;
import io.github.leakhound.core.Engine;
import io.github.leakhound.core.Finding;
import io.github.leakhound.core.Location;
import io.github.leakhound.core.Rule;
import io.github.leakhound.core.Severity;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns the BugInstances of leakhound's patterns into findings; everything else SpotBugs reports is ignored. */
final class FindingConverter {

    /** javac names a lambda body {@code lambda$<enclosing method>$<n>}; constructors are "new", static init "static". */
    private static final Pattern LAMBDA_BODY = Pattern.compile("lambda\\$(.+)\\$\\d+");

    private final List<String> warnings;

    /** @param warnings where to note bugs that cannot become findings (no line number in the class file) */
    FindingConverter(List<String> warnings) {
        this.warnings = warnings;
    }

    Optional<Finding> toFinding(BugInstance bug) {
        Optional<Rule> rule = Rule.byId(bug.getType());
        if (rule.isEmpty()) {
            return Optional.empty();
        }
        SourceLineAnnotation line = bug.getPrimarySourceLineAnnotation();
        if (line.getStartLine() < 1) {
            warnings.add(line.getSourcePath() + ": " + rule.get().id() + " in " + line.getClassName()
                    + " cannot be located: the class file has no line numbers (compile with -g or -g:lines)");
            return Optional.empty();
        }
        Location location = new Location(line.getSourcePath(), line.getStartLine(), 0, line.getClassName(),
                memberName(bug));
        return Optional.of(new Finding(rule.get(), severity(bug.getPriority()), location, bug.getMessageWithoutPrefix(),
                Set.of(Engine.BYTECODE)));
    }

    private static Severity severity(int priority) {
        return switch (priority) {
            case Priorities.HIGH_PRIORITY -> Severity.ERROR;
            case Priorities.NORMAL_PRIORITY -> Severity.WARNING;
            default -> Severity.NOTE;
        };
    }

    /** The field a field rule is about, else the method the code was written in (a lambda's enclosing method). */
    private static String memberName(BugInstance bug) {
        FieldAnnotation field = bug.getPrimaryField();
        if (field != null) {
            return field.getFieldName();
        }
        MethodAnnotation method = bug.getPrimaryMethod();
        if (method == null) {
            return "";
        }
        Matcher lambda = LAMBDA_BODY.matcher(method.getMethodName());
        if (!lambda.matches()) {
            return method.getMethodName();
        }
        return switch (lambda.group(1)) {
            case "new" -> "<init>";
            case "static" -> "<clinit>";
            default -> lambda.group(1);
        };
    }
}
