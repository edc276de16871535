package io.github.leakhound.detectors.owner;

import edu.umd.cs.findbugs.BugInstance;
import edu.umd.cs.findbugs.Detector;
import edu.umd.cs.findbugs.LocalVariableAnnotation;
import edu.umd.cs.findbugs.ba.ClassContext;
import io.github.leakhound.core.Rule;
import io.github.leakhound.core.Severity;
import io.github.leakhound.core.ThreadOwnerType;
import java.util.List;
import java.util.Optional;
import org.apache.bcel.generic.InstructionHandle;
import org.apache.bcel.generic.MethodGen;

/**
 * A thread owner created in a method and neither released on every path nor handed on.
 *
 * @param method   the method that creates it
 * @param type     the type created
 * @param creation the creating call, where the leak is reported
 * @param variable the local variable that holds it, if it has a name
 */
public record LeakedOwner(MethodGen method, ThreadOwnerType type, InstructionHandle creation,
        Optional<LocalVariableAnnotation> variable) {

    /** The owner as messages name it: its type's simple name and its variable ({@code ExecutorService `pool`}). */
    public String subject() {
        return type.simpleName() + variable.map(name -> " `" + name.getName() + "`").orElse("");
    }

    /**
     * A bug whose annotations are, in order: the class {@code {0}}, the method {@code {1}}, each of
     * {@code texts} from {@code {2}} on, the creation's line, then the variable if it has a name.
     */
    public BugInstance toBug(Detector detector, ClassContext classContext, Rule rule, Severity severity,
            List<String> texts) {
        String sourceFile = classContext.getJavaClass().getSourceFileName();
        BugInstance bug = new BugInstance(detector, rule.id(), severity.spotBugsPriority())
                .addClassAndMethod(method, sourceFile);
        texts.forEach(bug::addString);
        bug.addSourceLine(classContext, method, sourceFile, creation);
        variable.ifPresent(bug::add);
        return bug;
    }
}
