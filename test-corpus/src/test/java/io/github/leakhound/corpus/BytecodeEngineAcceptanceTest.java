package io.github.leakhound.corpus;

import io.github.leakhound.core.AnalysisResult;
import io.github.leakhound.core.Engine;
import io.github.leakhound.detectors.engine.BytecodeEngine;
import java.util.List;

/** The bytecode engine (SpotBugs detectors) on the compiled corpus must report exactly the marked lines. */
class BytecodeEngineAcceptanceTest extends EngineAcceptance {

    @Override
    Engine engine() {
        return Engine.BYTECODE;
    }

    @Override
    AnalysisResult analyzeCorpus() {
        return new BytecodeEngine().analyze(List.of(CORPUS_CLASSES), List.of());
    }
}
