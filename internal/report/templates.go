package report

// templates are the report's HTML templates: html/template escapes every
// value, so page text and metadata cannot become markup.
const templates = `
{{define "document" -}}
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{.Title}}</title>
</head>
<body>
{{template "style" .}}
{{- end}}

{{define "style" -}}
<style>{{.CSS}}</style>
<input type="checkbox" id="hide-dropped" class="hide-dropped">
<label for="hide-dropped" class="hide-dropped-label">Hide dropped blocks</label>
{{end}}

{{define "page" -}}
<section class="page" data-kept="{{.Kept}}" data-dropped="{{.Dropped}}">
<h1>{{.Heading}}</h1>
{{with .Meta}}<dl class="meta">
{{- range .}}<dt>{{.Name}}</dt><dd>{{.Value}}</dd>{{end -}}
</dl>{{end}}
<p class="counts"><span class="count-kept">{{.Kept}}</span> kept, <span class="count-dropped">{{.Dropped}}</span> dropped</p>
<ul class="legend">
<li class="legend-kept"><span class="swatch"></span>kept <b>{{.Kept}}</b></li>
{{- range .Legend}}
<li class="legend-reason" data-reason="{{.Reason}}" style="--c: {{.Color}}"><span class="swatch"></span>{{.Reason}} <b>{{.Count}}</b></li>
{{- end}}
</ul>
<ol class="blocks">
{{- range .Blocks}}
{{if .Kept -}}
<li class="block kept" data-kind="{{.Kind}}" title="{{.Details}}"><div class="side">#{{.Index}} {{.Kind}}{{with .Tag}} &lt;{{.}}&gt;{{end}} <span class="score">{{.Score}}</span></div><div class="text">{{.Text}}</div></li>
{{- else -}}
<li class="block dropped" data-kind="{{.Kind}}" data-reason="{{.Reason}}" style="--c: {{.Color}}" title="{{.Details}}"><div class="side">#{{.Index}} {{.Kind}}{{with .Tag}} &lt;{{.}}&gt;{{end}} <span class="score">{{.Score}}</span> <span class="reason">{{.Reason}}</span></div><div class="text">{{.Text}}</div></li>
{{- end}}
{{- else}}
<li class="no-blocks">No blocks: the page holds no text.</li>
{{- end}}
</ol>
</section>
{{end}}
`
