package io.github.leakhound.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.leakhound.core.Engine;
import java.util.Set;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;

class EngineSelectionTest {

    @Test
    void defaultValueSelectsBothEngines() throws MojoExecutionException {
        assertEquals(Set.of(Engine.SOURCE, Engine.BYTECODE), EngineSelection.parse("source,bytecode").engines());
    }

    @Test
    void namesIgnoreCaseAndBlanks() throws MojoExecutionException {
        assertEquals(Set.of(Engine.SOURCE, Engine.BYTECODE), EngineSelection.parse(" Source , BYTECODE ,").engines());
    }

    @Test
    void oneEngineCanBeSelectedAlone() throws MojoExecutionException {
        EngineSelection selection = EngineSelection.parse("source");
        assertTrue(selection.includes(Engine.SOURCE));
        assertEquals(Set.of(Engine.SOURCE), selection.engines());
    }

    @Test
    void unknownEngineFailsNamingTheParameterAndTheValue() {
        MojoExecutionException failure = assertThrows(MojoExecutionException.class,
                () -> EngineSelection.parse("source,nonsense"));
        assertTrue(failure.getMessage().contains("'nonsense'"), failure.getMessage());
        assertTrue(failure.getMessage().contains("'engines'"), failure.getMessage());
        assertTrue(failure.getMessage().contains("leakhound.engines"), failure.getMessage());
    }

    @Test
    void emptyValueFailsBecauseNothingWouldBeAnalysed() {
        MojoExecutionException failure = assertThrows(MojoExecutionException.class, () -> EngineSelection.parse(" , "));
        assertTrue(failure.getMessage().contains("'engines'"), failure.getMessage());
    }
}
