<#ftl output_format="plainText">
<#-- Replaces every page template of a copied JBake project: prints the data model it was given, one
     `path<TAB>type<TAB>example` line per value, for the JBake part of the template model reference
     (our own model is read from its record types instead). -->
<#assign skip = ["site.params", "page.params", "config", "db", "data"]>
<#macro dump path v depth>
<#if v?is_method>
${path}	function	
<#elseif v?is_sequence>
${path}	list	
<#if (v?size > 0) && (depth < 5)><@dump path + "[]", v[0], depth + 1/></#if>
<#elseif v?is_hash_ex>
${path}	map	
<#if !skip?seq_contains(path) && !path?ends_with(".params") && (depth < 5)><#list v?keys as k><@dump path + "." + k, v[k]!"\x1Fnull", depth + 1/></#list></#if>
<#elseif v?is_boolean>
${path}	boolean	${v?c}
<#elseif v?is_number>
${path}	number	${v?c}
<#elseif v?is_date_like>
${path}	date	<#if v?is_unknown_date_like>${v?datetime?iso_utc}<#else>${v?iso_utc}</#if>
<#elseif v?is_string>
${path}	<#if v == "\x1Fnull">null	<#else>string	${v?replace("\n", " ")?replace("\t", " ")}</#if>
<#else>
${path}	other	
</#if>
</#macro>
<#list .data_model?keys as k>
<@dump k, .data_model[k]!"\x1Fnull", 0/>
</#list>
<#if config??>
<#list config?keys as k>
config.${k}	<#if config[k]?is_string>string	${config[k]?replace("\n", " ")}<#elseif config[k]?is_sequence>list	<#else>other	</#if>
</#list>
</#if>
