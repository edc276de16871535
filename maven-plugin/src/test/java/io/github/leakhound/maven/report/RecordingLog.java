package io.github.leakhound.maven.report;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.logging.Log;

/** A Maven log that keeps each line with its level, as {@code [LEVEL] text}, for assertions. */
final class RecordingLog implements Log {

    final List<String> lines = new ArrayList<>();

    private void record(String level, CharSequence content) {
        lines.add("[" + level + "] " + content);
    }

    @Override
    public boolean isDebugEnabled() {
        return false;
    }

    @Override
    public void debug(CharSequence content) {
        record("DEBUG", content);
    }

    @Override
    public void debug(CharSequence content, Throwable error) {
        record("DEBUG", content);
    }

    @Override
    public void debug(Throwable error) {
        record("DEBUG", error.toString());
    }

    @Override
    public boolean isInfoEnabled() {
        return true;
    }

    @Override
    public void info(CharSequence content) {
        record("INFO", content);
    }

    @Override
    public void info(CharSequence content, Throwable error) {
        record("INFO", content);
    }

    @Override
    public void info(Throwable error) {
        record("INFO", error.toString());
    }

    @Override
    public boolean isWarnEnabled() {
        return true;
    }

    @Override
    public void warn(CharSequence content) {
        record("WARNING", content);
    }

    @Override
    public void warn(CharSequence content, Throwable error) {
        record("WARNING", content);
    }

    @Override
    public void warn(Throwable error) {
        record("WARNING", error.toString());
    }

    @Override
    public boolean isErrorEnabled() {
        return true;
    }

    @Override
    public void error(CharSequence content) {
        record("ERROR", content);
    }

    @Override
    public void error(CharSequence content, Throwable error) {
        record("ERROR", content);
    }

    @Override
    public void error(Throwable error) {
        record("ERROR", error.toString());
    }
}
