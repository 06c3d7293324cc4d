// The exhibits' <figure>s stay hidden in the list until shown (in the dialog, or inline in the
// gallery without WebGL). A video's poster is in `data-poster` until then, so that the page does
// not fetch the posters of figures nobody opened.

/** Shows `figure`, giving its video the poster it waited for. */
export function showFigure(figure) {
  for (const video of figure.querySelectorAll("video[data-poster]")) {
    video.poster = video.dataset.poster;
    video.removeAttribute("data-poster");
  }
  figure.hidden = false;
}
