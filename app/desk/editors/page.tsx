import type { Metadata } from "next";
import { headers } from "next/headers";
import { format } from "date-fns";
import { listEditors } from "@/lib/auth/editors";
import { editorFromHeaders } from "@/lib/auth/session";
import { ActionForm } from "@/components/desk/action-form";
import { addEditorAction, changeEditorAction } from "./actions";

export const metadata: Metadata = { title: "Editors" };

/** Admins manage accounts here; editors see a refusal, not the list of addresses. */
export default async function EditorsPage() {
  const me = await editorFromHeaders(await headers());
  if (me?.role !== "admin") {
    return (
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Editors</h1>
        <p className="mt-2" role="alert">Only an admin can manage editor accounts.</p>
      </div>
    );
  }
  const editors = await listEditors();
  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-semibold tracking-tight">Editors</h1>
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Editor accounts</caption>
        <thead>
          <tr className="border-b border-line">
            <th scope="col" className="py-2">E-mail</th>
            <th scope="col">Display name</th>
            <th scope="col">Role</th>
            <th scope="col">Since</th>
            <th scope="col">Change</th>
          </tr>
        </thead>
        <tbody>
          {editors.map((editor) => (
            <tr key={editor.id} className="border-b border-line align-top">
              <td className="py-2">{editor.email}</td>
              <td>{editor.name || <span className="text-muted">none (shown as “{editor.role === "admin" ? "an admin" : "an editor"}”)</span>}</td>
              <td>{editor.role}</td>
              <td>{format(editor.createdAt, "d MMM yyyy")}</td>
              <td>
                {editor.id === me.id ? (
                  <span className="text-muted">you</span>
                ) : (
                  <ActionForm
                    action={changeEditorAction}
                    legend={`Change ${editor.email}`}
                    submitLabel="Apply"
                    secondary
                    hidden={{ userId: editor.id }}
                    fields={[
                      {
                        name: "change",
                        label: "Change",
                        type: "select",
                        value: editor.role,
                        options: [
                          { value: "editor", label: "Make editor" },
                          { value: "admin", label: "Make admin" },
                          { value: "remove", label: "Remove account" },
                        ],
                      },
                    ]}
                  />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <section aria-labelledby="add-editor-heading">
        <h2 id="add-editor-heading" className="text-lg font-semibold">Add an editor</h2>
        <ActionForm
          action={addEditorAction}
          legend="New account"
          submitLabel="Create account"
          fields={[
            { name: "email", label: "E-mail address", type: "email", required: true, autoComplete: "off" },
            { name: "name", label: "Display name", hint: "Readers see it in fact histories; leave empty to show the role instead." },
            { name: "role", label: "Role", type: "select", value: "editor", options: [{ value: "editor", label: "Editor" }, { value: "admin", label: "Admin" }] },
            { name: "password", label: "Initial password", type: "password", required: true, autoComplete: "new-password", hint: "At least 12 characters. Hand it over in person." },
          ]}
        />
      </section>
    </div>
  );
}
