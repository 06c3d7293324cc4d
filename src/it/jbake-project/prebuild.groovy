// The JBake project: the tests' JBake blog, where jbake-maven-plugin expects it.
def shell = new GroovyShell(new Binding([basedir: basedir, name: "jbake-blog", target: "src/main/jbake"]))
shell.evaluate(new File(basedir, "../../../src/it/fixture.groovy"))
return true
