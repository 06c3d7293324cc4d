    </main>
    <footer>
      <#-- No build year (published_date) here: it is "now" in both builds and JBakeCompatibilityTest
           compares two builds that could straddle New Year. -->
      <p>&copy; ${config.site_author}. Baked with <a href="https://jbake.org">JBake</a>.</p>
    </footer>
  </body>
</html>
