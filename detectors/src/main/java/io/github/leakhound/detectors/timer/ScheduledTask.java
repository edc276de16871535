package io.github.leakhound.detectors.timer;

import edu.umd.cs.findbugs.SourceLineAnnotation;
import io.github.leakhound.detectors.index.FieldId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One periodic scheduling call of the method being scanned, on an executor the class does not own, and what
 * the method does with the {@code ScheduledFuture} it returns. Filled in while the method's bytecode is
 * scanned, judged when the scan is done.
 */
final class ScheduledTask {

    private final SourceLineAnnotation line;
    private final String receiver;
    private final List<FieldId> fields = new ArrayList<>();
    private boolean cancelled;
    private boolean handedOn;
    private String localVariable;

    /**
     * @param line     the line of the call
     * @param receiver the executor, as messages show it ({@code scheduler}, {@code Schedulers.SHARED})
     */
    ScheduledTask(SourceLineAnnotation line, String receiver) {
        this.line = line;
        this.receiver = receiver;
    }

    SourceLineAnnotation line() {
        return line;
    }

    String receiver() {
        return receiver;
    }

    void cancel() {
        cancelled = true;
    }

    /** Returned, passed to a method or constructor, stored in an array, captured: other code may cancel it. */
    void handOn() {
        handedOn = true;
    }

    void keepIn(String variable) {
        if (localVariable == null) {
            localVariable = variable;
        }
    }

    void storeIn(FieldId field) {
        fields.add(field);
    }

    /** True when the method itself cancels the future or hands it to other code. */
    boolean isCancelledOrHandedOn() {
        return cancelled || handedOn;
    }

    /** The fields the future is stored in, whose fate only the whole program knows. */
    List<FieldId> fields() {
        return List.copyOf(fields);
    }

    /** The named local variable the future is kept in, if any. */
    Optional<String> localVariable() {
        return Optional.ofNullable(localVariable);
    }
}
