// A parallel build (-T 2) reports in each module exactly that module's findings, and the same as a serial build.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('with a thread count of 2') : 'the first build did not run with two threads'
assert !log.contains('BUILD FAILURE')

/** The 1-based line of the first line in the module's source file that contains the text. */
def lineOf = { String module, String source, String text ->
    def index = new File(basedir, "${module}/${source}").readLines().findIndexOf { it.contains(text) }
    assert index >= 0 : "${text} not found in ${module}/${source}"
    index + 1
}

def orders = 'src/main/java/com/acme/orders/OrderTotals.java'
def billing = 'src/main/java/com/acme/billing/InvoiceSender.java'
// What each module must report and nothing else; SARIF paths are relative to the directory the build started in.
def expected = [
    orders : [[rule: 'LEAK_EXECUTOR_NOT_SHUTDOWN', uri: "orders/${orders}".toString(),
               line: lineOf('orders', orders, 'newFixedThreadPool')]],
    billing: [[rule: 'LEAK_EXECUTOR_FIELD_NEVER_SHUTDOWN', uri: "billing/${billing}".toString(),
               line: lineOf('billing', billing, 'newCachedThreadPool')]],
    catalog: [],
]

def results = { String module, String reportDirectory ->
    def sarif = new File(basedir, "${module}/target/${reportDirectory}/leakhound.sarif")
    assert sarif.isFile() : "no SARIF report at ${sarif}"
    new JsonSlurper().parse(sarif).runs[0].results
}
def summary = { result ->
    def location = result.locations[0].physicalLocation
    [rule: result.ruleId, uri: location.artifactLocation.uri, line: location.region.startLine]
}

expected.each { module, findings ->
    def parallel = results(module, 'leakhound')
    def serial = results(module, 'leakhound-serial')
    assert parallel.collect(summary) == findings : "parallel build, module ${module}: ${parallel.collect(summary)}"
    assert serial.collect(summary) == findings : "serial build, module ${module}: ${serial.collect(summary)}"
    // Everything else about a result (message, level, fingerprint, engines) must not depend on the build mode.
    assert parallel == serial : "module ${module}: the parallel build reported\n${parallel}\nthe serial one\n${serial}"
    parallel.each { assert it.properties.engines == ['bytecode', 'source'] : "not found by both engines: ${it}" }
}
assert !new File(basedir, 'target/leakhound').exists() : 'the aggregator pom was analysed'
true
