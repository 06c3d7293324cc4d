// The exhibits' <figure>s stay hidden in the list until shown (in the dialog, or inline in the
// gallery without WebGL). A video's poster is in `data-poster` and its default captions track is
// marked `data-default` until then (a `default` track is fetched at once, even in a hidden figure),
// so that the page does not fetch the posters and captions of figures nobody opened.

/** Shows `figure`, giving its video the poster it waited for. */
export function showFigure(figure) {
  for (const video of figure.querySelectorAll("video[data-poster]")) {
    video.poster = video.dataset.poster;
    video.removeAttribute("data-poster");
  }
  for (const track of figure.querySelectorAll("track[data-default]")) {
    track.removeAttribute("data-default");
    track.default = true;
    if (track.track.mode === "disabled") {
      track.track.mode = "showing";
    }
  }
  figure.hidden = false;
}
