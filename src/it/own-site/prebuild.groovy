// The site to build: the tests' mini site with the project's theme, in site/.
def shell = new GroovyShell(new Binding([basedir: basedir, name: "mini", target: "site"]))
shell.evaluate(new File(basedir, "../../../src/it/fixture.groovy"))
return true
