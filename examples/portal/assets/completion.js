// Fills in the fields of slow sources when the gateway's completion arrives (the portal's backend polls it).
// No framework: the page works without this script; it only spares the person a reload.
const form = document.querySelector('form[data-completion]')
if (form) {
  const status = document.getElementById('completion-status')
  const deadline = Date.now() + 60_000
  const apply = (answer) => {
    for (const [id, field] of Object.entries(answer.fields)) {
      const input = document.getElementById(id)
      if (!input) continue
      const box = input.closest('.field')
      box.classList.remove('pending')
      input.removeAttribute('data-pending')
      if (field.value !== null) input.value = field.value
      input.readOnly = field.locked
      box.classList.toggle('locked', field.locked)
      document.getElementById(`${id}-note`).textContent = field.note
    }
    for (const [id, document_] of Object.entries(answer.documents)) {
      const box = document.getElementById(id)
      if (!box) continue
      if (document_.waived) box.checked = false
      box.closest('.choice').classList.toggle('waived', document_.waived)
      document.getElementById(`${id}-note`).textContent = document_.note
    }
    form.removeAttribute('data-completion')
    status.textContent = answer.announce
  }
  const poll = async () => {
    const response = await fetch(form.dataset.completion, { headers: { accept: 'application/json' }, cache: 'no-store' })
    const answer = response.ok ? await response.json() : { status: 'failed' }
    if (answer.status === 'complete') apply(answer)
    else if (answer.status === 'pending' && Date.now() < deadline) setTimeout(poll, 1000)
  }
  setTimeout(poll, 500)
}
